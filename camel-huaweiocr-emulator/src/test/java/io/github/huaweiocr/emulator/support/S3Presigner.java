package io.github.huaweiocr.emulator.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Query-string presigned GET URLs (AWS Signature V4), as an object-store client hands out. */
public final class S3Presigner {

    private S3Presigner() {
    }

    public static String presignedGet(String endpoint, String hostAndPort, String bucket, String key, String accessKey,
                                      String secretKey) throws Exception {
        String amzDate = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(Instant.now());
        String day = amzDate.substring(0, 8);
        String scope = day + "/us-east-1/s3/aws4_request";
        String query = "X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=" + URLEncoder.encode(accessKey + "/" + scope, StandardCharsets.UTF_8)
                + "&X-Amz-Date=" + amzDate + "&X-Amz-Expires=600&X-Amz-SignedHeaders=host";
        String path = "/" + bucket + "/" + key;
        String canonical = "GET\n" + path + "\n" + query + "\nhost:" + hostAndPort + "\n\nhost\nUNSIGNED-PAYLOAD";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] signingKey = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
        for (String part : new String[] {"us-east-1", "s3", "aws4_request"}) {
            signingKey = hmac(signingKey, part);
        }
        return endpoint + path + "?" + query + "&X-Amz-Signature=" + HexFormat.of().formatHex(hmac(signingKey, toSign));
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
