package org.tweetorial.render.internal.engine;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Minimal fast PNG writer: 8-bit RGB with per-row adaptive filtering (none/sub/up), or 8-bit indexed colour when
 * the image has at most 256 colours (or after quantising, for the compressed variant). Cards are opaque, so no
 * alpha channel is written.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngEncoder() {
    }

    public static byte[] encodeRgb(BufferedImage image, int level) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = pixels(image);
        ByteArrayOutputStream out = new ByteArrayOutputStream(w * h / 4);
        byte[] prev = new byte[w * 3];
        byte[] cur = new byte[w * 3];
        byte[] sub = new byte[w * 3];
        byte[] up = new byte[w * 3];
        Deflater deflater = new Deflater(level);
        try (DeflaterOutputStream z = new DeflaterOutputStream(new ChunkStream(out, "IDAT"), deflater, 65536)) {
            writeHeader(out, w, h, 2);
            for (int y = 0; y < h; y++) {
                int base = y * w;
                for (int x = 0, i = 0; x < w; x++, i += 3) {
                    int p = px[base + x];
                    cur[i] = (byte) (p >> 16);
                    cur[i + 1] = (byte) (p >> 8);
                    cur[i + 2] = (byte) p;
                }
                long sNone = 0;
                long sSub = 0;
                long sUp = 0;
                for (int i = 0; i < cur.length; i++) {
                    byte s = (byte) (cur[i] - (i >= 3 ? cur[i - 3] : 0));
                    byte u = (byte) (cur[i] - prev[i]);
                    sub[i] = s;
                    up[i] = u;
                    sNone += Math.abs((int) cur[i]);
                    sSub += Math.abs((int) s);
                    sUp += Math.abs((int) u);
                }
                if (sUp <= sSub && sUp <= sNone) {
                    z.write(2);
                    z.write(up);
                } else if (sSub <= sNone) {
                    z.write(1);
                    z.write(sub);
                } else {
                    z.write(0);
                    z.write(cur);
                }
                byte[] t = prev;
                prev = cur;
                cur = t;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * Indexed-colour PNG. Images with more than 256 colours are quantised: colours are reduced to 4 bits per
     * channel, the 256 most frequent are kept and every pixel maps to its nearest kept colour.
     */
    public static byte[] encodePalette(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = pixels(image);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p : px) {
            counts.merge(p & 0xFFFFFF, 1, Integer::sum);
            if (counts.size() > 256) {
                break;
            }
        }
        int[] palette;
        Map<Integer, Integer> index = new HashMap<>();
        if (counts.size() <= 256) {
            palette = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
        } else {
            Map<Integer, Integer> reduced = new HashMap<>();
            for (int p : px) {
                reduced.merge(p & 0xF0F0F0, 1, Integer::sum);
            }
            palette = reduced.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(256)
                    .mapToInt(e -> e.getKey() | 0x080808).toArray();
        }
        for (int i = 0; i < palette.length; i++) {
            index.put(palette[i], i);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(w * h / 8);
        Deflater deflater = new Deflater(9);
        try (DeflaterOutputStream z = new DeflaterOutputStream(new ChunkStream(out, "IDAT"), deflater, 65536)) {
            writeHeader(out, w, h, 3);
            byte[] plte = new byte[palette.length * 3];
            for (int i = 0; i < palette.length; i++) {
                plte[i * 3] = (byte) (palette[i] >> 16);
                plte[i * 3 + 1] = (byte) (palette[i] >> 8);
                plte[i * 3 + 2] = (byte) palette[i];
            }
            writeChunk(out, "PLTE", plte);
            byte[] row = new byte[w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int c = px[y * w + x] & 0xFFFFFF;
                    Integer i = index.get(c);
                    if (i == null) {
                        i = nearest(palette, c);
                        index.put(c, i);
                    }
                    row[x] = (byte) (int) i;
                }
                z.write(0);
                z.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static int nearest(int[] palette, int c) {
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = ((palette[i] >> 16) & 0xFF) - ((c >> 16) & 0xFF);
            int dg = ((palette[i] >> 8) & 0xFF) - ((c >> 8) & 0xFF);
            int db = (palette[i] & 0xFF) - (c & 0xFF);
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private static int[] pixels(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static void writeHeader(ByteArrayOutputStream out, int w, int h, int colourType) {
        out.writeBytes(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8;
        ihdr[9] = (byte) colourType;
        writeChunk(out, "IHDR", ihdr);
        writeChunk(out, "tEXt", "Software\0Tweetorial Studio".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        writeChunk(out, type, data, 0, data.length);
    }

    static void writeChunk(ByteArrayOutputStream out, String type, byte[] data, int off, int len) {
        byte[] len4 = new byte[4];
        putInt(len4, 0, len);
        out.writeBytes(len4);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.write(data, off, len);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, off, len);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.writeBytes(c);
    }

    /** Buffers compressed bytes and emits them as chunks of the given type. */
    private static final class ChunkStream extends java.io.OutputStream {
        private final ByteArrayOutputStream out;
        private final String type;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);

        ChunkStream(ByteArrayOutputStream out, String type) {
            this.out = out;
            this.type = type;
        }

        @Override
        public void write(int b) {
            buf.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buf.write(b, off, len);
        }

        @Override
        public void close() {
            byte[] data = buf.toByteArray();
            if (data.length > 0) {
                writeChunk(out, type, data);
            }
        }
    }
}
