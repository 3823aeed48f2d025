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
package io.github.huaweiocr.emulator.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.mymonstercat.loader.LibraryLoader;
import io.github.mymonstercat.ocr.InferenceEngine;

/**
 * Loads RapidOCR's Linux x86-64 native library from a copy whose ELF header no longer asks for an executable stack.
 * <p>
 * The library shipped in {@code rapidocr-onnx-linux-x86_64} is marked {@code GNU_STACK RWE} (an object file built
 * without a {@code .note.GNU-stack} section), so loading it makes every thread stack of the JVM executable: HotSpot
 * then prints "You have loaded library ... which might have disabled stack guard" at the first recognition, and
 * glibc 2.41 and later refuse to load it at all. Its code does not run anything from the stack (the JVM's own advice,
 * {@code execstack -c}, clears the same bit, which is what this class does on the copy). The copy is written once
 * per library version under the temporary folder, named after its checksum, and handed to RapidOCR as its library
 * loader, so RapidOCR never loads the unpatched original.
 * <p>
 * On other platforms, or if RapidOCR's internals differ from what this expects, RapidOCR loads its library itself as
 * before.
 */
final class RapidOcrNativeLibrary implements LibraryLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RapidOcrNativeLibrary.class);

    /** Where the library sits inside {@code rapidocr-onnx-linux-x86_64}. */
    static final String RESOURCE = "lib/libRapidOcr.so";

    private static final int PT_GNU_STACK = 0x6474e551;
    private static final int PF_X = 0x1;

    private static boolean installed;

    private RapidOcrNativeLibrary() {
    }

    /** Makes RapidOCR use the patched library; does nothing where it does not apply. Call before the first image. */
    static synchronized void install() {
        if (installed || !isLinuxX8664()) {
            return;
        }
        installed = true;
        try {
            Field loader = InferenceEngine.class.getDeclaredField("nativeLoader");
            loader.setAccessible(true);
            synchronized (InferenceEngine.class) {
                if (loader.get(null) == null) {
                    RapidOcrNativeLibrary library = new RapidOcrNativeLibrary();
                    library.loadLibrary();
                    loader.set(null, library);
                }
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            LOG.debug("RapidOCR loads its own native library ({})", e.toString());
        }
    }

    @Override
    public void loadLibrary() throws IOException {
        byte[] library = read();
        clearExecutableStack(library);
        System.load(copy(library).toString());
    }

    private static byte[] read() throws IOException {
        try (InputStream in = InferenceEngine.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the classpath");
            }
            return in.readAllBytes();
        }
    }

    /**
     * Clears the execute bit of the {@code PT_GNU_STACK} program header of a 64-bit little-endian ELF file.
     *
     * @return whether the bit was set
     * @throws IOException when the bytes are not such a file
     */
    static boolean clearExecutableStack(byte[] elf) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        if (elf.length < 64 || buffer.getInt(0) != 0x464c457f || elf[4] != 2 || elf[5] != 1) {
            throw new IOException("not a 64-bit little-endian ELF file");
        }
        long headers = buffer.getLong(0x20);
        int size = Short.toUnsignedInt(buffer.getShort(0x36));
        int count = Short.toUnsignedInt(buffer.getShort(0x38));
        for (int i = 0; i < count; i++) {
            int header = Math.toIntExact(headers + (long) i * size);
            if (buffer.getInt(header) == PT_GNU_STACK) {
                int flags = buffer.getInt(header + 4);
                buffer.putInt(header + 4, flags & ~PF_X);
                return (flags & PF_X) != 0;
            }
        }
        return false;
    }

    /** The same bytes always land in the same file, so JVMs share it and a killed JVM leaves nothing new behind. */
    private static Path copy(byte[] library) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(library);
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "huaweiocr-rapidocr-"
                + HexFormat.of().toHexDigits((int) crc.getValue()));
        Path target = folder.resolve("libRapidOcr.so");
        if (Files.isRegularFile(target) && Files.size(target) == library.length) {
            return target;
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "libRapidOcr-", ".partial");
        try {
            Files.write(partial, library);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    private static boolean isLinuxX8664() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }
}
