/*
 * Copyright 2026 The camel-huaweiocr maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.huaweiocr.emulator.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

/**
 * A self-signed server certificate made at start with the JDK's {@code keytool}. Netty's own generator needs either
 * BouncyCastle's PKIX module or JDK-internal classes that Java 17 no longer exports, so the emulator asks the tool
 * that every JDK ships instead.
 */
public final class TlsContexts {

    private static final char[] STORE_PASSWORD = "emulator-keystore".toCharArray();

    private TlsContexts() {
    }

    /** A server context with a fresh self-signed certificate for {@code host}, localhost and 127.0.0.1. */
    public static SslContext selfSigned(String host) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("huaweiocr-emulator-tls");
            Path store = dir.resolve("emulator.p12");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "emulator", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-validity", "825", "-dname", "CN=" + host,
                    "-ext", "SAN=" + subjectAlternativeNames(host),
                    "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool could not create the self-signed certificate");
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, STORE_PASSWORD);
            }
            PrivateKey key = (PrivateKey) keyStore.getKey("emulator", STORE_PASSWORD);
            X509Certificate certificate = (X509Certificate) keyStore.getCertificate("emulator");
            return SslContextBuilder.forServer(key, certificate).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the self-signed certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the self-signed certificate", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Loopback names always, plus the bind host when it is something else (wildcard addresses excluded). */
    private static String subjectAlternativeNames(String host) {
        String names = "dns:localhost,ip:127.0.0.1";
        boolean ipv4 = host.matches("[0-9.]+");
        if (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("0.0.0.0") || host.contains(":")) {
            return names;
        }
        return names + (ipv4 ? ",ip:" : ",dns:") + host;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless; the key never leaves this JVM otherwise
        }
    }
}
