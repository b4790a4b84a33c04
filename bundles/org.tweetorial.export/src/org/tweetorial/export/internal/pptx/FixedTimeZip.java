package org.tweetorial.export.internal.pptx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a ZIP (an OOXML package) entry by entry, in the same order, stamping every entry with one time. POI stamps
 * entries with the current time; with this, the same deck and time give the same bytes.
 */
final class FixedTimeZip {

    /** ZIP's DOS times start in 1980. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

    private FixedTimeZip() {
    }

    static byte[] rewrite(byte[] zip, Instant time) throws IOException {
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (stamp.isBefore(EARLIEST)) {
            stamp = EARLIEST;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(stamp);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
