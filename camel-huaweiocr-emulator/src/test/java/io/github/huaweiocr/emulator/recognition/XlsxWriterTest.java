package io.github.huaweiocr.emulator.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @Test
    void everyEntryCarriesTheFixedTimeSoTheSameTableGivesTheSameBytesAtAnyMoment() throws IOException {
        byte[] workbook = XlsxWriter.write(List.of(new XlsxWriter.Cell(0, 0, 0, 1, "金额 Amount")));

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTime()).as(entry.getName()).isEqualTo(XlsxWriter.FIXED_ENTRY_TIME);
            }
        }
        assertThat(names).contains("[Content_Types].xml", "xl/workbook.xml");
    }
}
