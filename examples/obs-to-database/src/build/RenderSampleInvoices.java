import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Renders the sample VAT invoices of the obs-to-database example (fictitious companies and numbers). Run once with
 * a CJK font installed (e.g. fonts-wqy-microhei): {@code java RenderSampleInvoices.java ../main/resources/samples}.
 * The PNGs are committed, so that nothing renders Chinese at build or test time.
 */
public class RenderSampleInvoices {

    record Invoice(String file, String type, String code, String number, String date, String buyer, String buyerId,
                   String seller, String sellerId, List<String[]> items, String subtotal, String tax, String total,
                   String totalWords) {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args[0]);
        out.mkdirs();
        List<Invoice> invoices = List.of(
                new Invoice("vat-invoice-office-supplies.png", "增值税电子普通发票", "011002300111", "20486731",
                        "2024年03月15日", "北京示例科技有限公司", "91110108MA01EXAMPLE",
                        "上海样例文具有限公司", "91310115MA1HSAMPLE",
                        List.of(new String[] {"*纸制品*打印纸 A4", "箱", "4", "120.00", "480.00", "13%", "62.40"},
                                new String[] {"*文具*签字笔", "盒", "10", "18.00", "180.00", "13%", "23.40"}),
                        "660.00", "85.80", "745.80", "柒佰肆拾伍圆捌角"),
                new Invoice("vat-invoice-consulting.png", "增值税专用发票", "044002200211", "00917355",
                        "2024年05月08日", "广州演示贸易有限公司", "91440101MA5CDEMO01",
                        "深圳样本咨询服务有限公司", "91440300MA5FSAMPLE",
                        List.<String[]>of(new String[] {"*信息技术服务*系统咨询", "项", "1", "5000.00", "5000.00", "6%", "300.00"}),
                        "5000.00", "300.00", "5300.00", "伍仟叁佰圆整"));
        for (Invoice invoice : invoices) {
            ImageIO.write(render(invoice), "png", new File(out, invoice.file()));
        }
    }

    static BufferedImage render(Invoice inv) {
        BufferedImage image = new BufferedImage(1400, 860, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        Color brown = new Color(140, 70, 20);
        g.setColor(brown);
        g.setFont(new Font("WenQuanYi Micro Hei", Font.BOLD, 40));
        g.drawString(inv.type(), 700 - g.getFontMetrics().stringWidth(inv.type()) / 2, 80);
        g.setFont(new Font("WenQuanYi Micro Hei", Font.PLAIN, 24));
        g.drawString("发票代码: " + inv.code(), 960, 60);
        g.drawString("发票号码: " + inv.number(), 960, 95);
        g.drawString("开票日期: " + inv.date(), 960, 130);
        g.setStroke(new BasicStroke(2));
        g.drawRect(40, 160, 1320, 620);
        g.drawLine(40, 320, 1360, 320);
        g.drawLine(40, 620, 1360, 620);
        g.drawLine(40, 700, 1360, 700);
        g.setColor(Color.BLACK);
        g.drawString("购买方  名称: " + inv.buyer(), 70, 210);
        g.drawString("纳税人识别号: " + inv.buyerId(), 70, 260);
        g.setColor(brown);
        String[] headers = {"货物或应税劳务、服务名称", "单位", "数量", "单价", "金额", "税率", "税额"};
        int[] columns = {70, 470, 560, 650, 800, 960, 1060};
        for (int i = 0; i < headers.length; i++) {
            g.drawString(headers[i], columns[i], 360);
        }
        g.setColor(Color.BLACK);
        int y = 410;
        for (String[] item : inv.items()) {
            for (int i = 0; i < item.length; i++) {
                g.drawString(item[i], columns[i], y);
            }
            y += 50;
        }
        g.drawString("合计", 70, 600);
        g.drawString("¥" + inv.subtotal(), 800, 600);
        g.drawString("¥" + inv.tax(), 1060, 600);
        g.drawString("价税合计(大写)  " + inv.totalWords() + "      (小写) ¥" + inv.total(), 70, 670);
        g.drawString("销售方  名称: " + inv.seller(), 70, 740);
        g.drawString("纳税人识别号: " + inv.sellerId(), 760, 740);
        g.setFont(new Font("WenQuanYi Micro Hei", Font.PLAIN, 20));
        g.drawString("SAMPLE - fictitious invoice for the camel-huaweiocr examples", 70, 830);
        g.dispose();
        return image;
    }
}
