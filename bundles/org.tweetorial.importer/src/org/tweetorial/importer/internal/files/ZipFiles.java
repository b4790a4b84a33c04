package org.tweetorial.importer.internal.files;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * A zip archive. A complete zip is read entry by entry when asked; a truncated one (no central directory, as a
 * download that stopped early leaves) is read from its start until the data ends, keeping every complete entry.
 * The zip stays open while the images of its threads may still be copied; the JDK closes it once unreachable.
 */
public final class ZipFiles implements ArchiveFiles {

    private static final long MAX_ENTRY = 512L * 1024 * 1024;
    private final Path zip;
    private final ZipFile file;
    private final Map<String, byte[]> salvaged;
    private final List<String> problems = new ArrayList<>();
    private final List<String> paths;
    private final Map<String, ZipEntry> entries = new TreeMap<>();

    public ZipFiles(Path zip) throws IOException {
        this.zip = zip;
        ZipFile opened = null;
        try {
            opened = new ZipFile(zip.toFile());
        } catch (ZipException e) {
            opened = null;
        }
        file = opened;
        if (file != null) {
            salvaged = Map.of();
            Collections.list(file.entries()).stream().filter(e -> !e.isDirectory())
                    .forEach(e -> entries.putIfAbsent(normalize(e.getName()), e));
            paths = List.copyOf(entries.keySet());
        } else {
            salvaged = salvage();
            paths = List.copyOf(salvaged.keySet());
        }
    }

    /** Whether the file starts like a zip (a local file header or an empty archive's end record). */
    public static boolean looksLikeZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5);
    }

    private Map<String, byte[]> salvage() throws IOException {
        Map<String, byte[]> found = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream stream = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = stream.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    found.put(normalize(entry.getName()), stream.readNBytes((int) Math.min(MAX_ENTRY, Integer.MAX_VALUE - 8)));
                }
            }
            problems.add(zip.getFileName() + ": the zip has no table of contents; read " + found.size()
                    + " file(s) from its start. If the download was interrupted, download the archive again.");
        } catch (EOFException | ZipException e) {
            problems.add(zip.getFileName() + ": the zip is truncated or damaged; read the " + found.size()
                    + " complete file(s) before the damage, the rest is missing. Download the archive again to "
                    + "import everything.");
        }
        return found;
    }

    private static String normalize(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/") || n.startsWith("./")) {
            n = n.substring(n.startsWith("/") ? 1 : 2);
        }
        return n;
    }

    @Override
    public List<String> paths() {
        return paths;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        if (file == null) {
            return Optional.ofNullable(salvaged.get(path));
        }
        ZipEntry entry = entries.get(path);
        if (entry == null || entry.getSize() > MAX_ENTRY) {
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream(entry)) {
            return Optional.of(in.readAllBytes());
        } catch (ZipException | EOFException e) {
            throw new IOException(zip.getFileName() + ": '" + path + "' is damaged in the zip (" + e.getMessage()
                    + ")", e);
        }
    }

    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
