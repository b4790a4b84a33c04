import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar in a folder so that its class files are stored rather than deflated; every other entry stays
 * compressed. Used by build-installer.sh on the staged plugins: Equinox reads a class's bytes even when the class-data
 * archive holds the class (the JVM checks them against the archive), and inflating them took about 0.2 s of the
 * workbench's start (docs/PERFORMANCE.md). Entry names, order and contents are unchanged, so jar signatures stay
 * valid. Each jar is replaced atomically. {@code java StoreClassesUncompressed.java PLUGINS_FOLDER}
 */
public final class StoreClassesUncompressed {

    public static void main(String[] args) throws IOException {
        long before = 0;
        long after = 0;
        int rewritten = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                long size = Files.size(jar);
                if (rewrite(jar)) {
                    rewritten++;
                    before += size;
                    after += Files.size(jar);
                }
            }
        }
        System.out.printf("class files stored uncompressed in %d jars: %d MB -> %d MB%n", rewritten, before >> 20,
                after >> 20);
    }

    /** Rewrites one jar if it has a deflated class file; returns whether it did. */
    private static boolean rewrite(Path jar) throws IOException {
        Path temporary = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (in.stream().noneMatch(e -> isClass(e) && e.getMethod() == ZipEntry.DEFLATED)) {
                return false;
            }
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
                for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                    copy(in, entries.nextElement(), out);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw new IOException("could not rewrite " + jar + ": " + e.getMessage(), e);
        }
        Files.setLastModifiedTime(temporary, Files.getLastModifiedTime(jar));
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static void copy(ZipFile in, ZipEntry entry, ZipOutputStream out) throws IOException {
        byte[] bytes;
        try (InputStream data = in.getInputStream(entry)) {
            bytes = data.readAllBytes();
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        copy.setComment(entry.getComment());
        copy.setExtra(entry.getExtra());
        if (isClass(entry) || entry.getMethod() == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            copy.setMethod(ZipEntry.STORED);
            copy.setSize(bytes.length);
            copy.setCompressedSize(bytes.length);
            copy.setCrc(crc.getValue());
        }
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
    }

    private static boolean isClass(ZipEntry entry) {
        return !entry.isDirectory() && entry.getName().endsWith(".class");
    }
}
