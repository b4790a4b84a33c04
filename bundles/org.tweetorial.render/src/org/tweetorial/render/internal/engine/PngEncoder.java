package org.tweetorial.render.internal.engine;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Minimal fast PNG writer: 8-bit RGB, or 8-bit indexed colour when
 * the image has at most 256 colours (or after quantising, for the compressed variant). Cards are opaque, so no
 * alpha channel is written.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngEncoder() {
    }

    /**
     * RGB PNG. Rows use the "up" filter (the first row "sub"): slide graphics are mostly flat areas, where "up"
     * turns whole rows into zeros, and a single filter keeps encoding cheap.
     */
    public static byte[] encodeRgb(BufferedImage image, int level) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = pixels(image);
        int stride = w * 3 + 1;
        byte[] raw = new byte[h * stride];
        int o = 0;
        for (int y = 0; y < h; y++) {
            int base = y * w;
            if (y == 0) {
                raw[o++] = 1;
                int prev = 0;
                for (int x = 0; x < w; x++) {
                    int p = px[x];
                    raw[o++] = (byte) ((p >> 16) - (prev >> 16));
                    raw[o++] = (byte) ((p >> 8) - (prev >> 8));
                    raw[o++] = (byte) (p - prev);
                    prev = p;
                }
                continue;
            }
            raw[o++] = 2;
            int above = base - w;
            for (int x = 0; x < w; x++) {
                int p = px[base + x];
                int q = px[above + x];
                raw[o++] = (byte) ((p >> 16) - (q >> 16));
                raw[o++] = (byte) ((p >> 8) - (q >> 8));
                raw[o++] = (byte) (p - q);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8);
        writeHeader(out, w, h, 2);
        writeIdat(out, raw, level);
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void writeIdat(ByteArrayOutputStream out, byte[] raw, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buf = new byte[Math.max(1024, raw.length / 4)];
            int n = 0;
            while (!deflater.finished()) {
                if (n == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                n += deflater.deflate(buf, n, buf.length - n);
            }
            writeChunk(out, "IDAT", buf, 0, n);
        } finally {
            deflater.end();
        }
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
            palette = medianCut(px, 256);
        }
        for (int i = 0; i < palette.length; i++) {
            index.put(palette[i], i);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(w * h / 8);
        writeHeader(out, w, h, 3);
        {
            byte[] plte = new byte[palette.length * 3];
            for (int i = 0; i < palette.length; i++) {
                plte[i * 3] = (byte) (palette[i] >> 16);
                plte[i * 3 + 1] = (byte) (palette[i] >> 8);
                plte[i * 3 + 2] = (byte) palette[i];
            }
            writeChunk(out, "PLTE", plte);
            byte[] raw = new byte[h * (w + 1)];
            int o = 0;
            for (int y = 0; y < h; y++) {
                raw[o++] = 0;
                for (int x = 0; x < w; x++) {
                    int c = px[y * w + x] & 0xFFFFFF;
                    Integer i = index.get(c);
                    if (i == null) {
                        i = nearest(palette, c);
                        index.put(c, i);
                    }
                    raw[o++] = (byte) (int) i;
                }
            }
            writeIdat(out, raw, 9);
        }
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Median-cut quantisation over a 5-bit-per-channel histogram; colours are count-weighted box averages. */
    static int[] medianCut(int[] px, int colours) {
        Map<Integer, int[]> hist = new HashMap<>();
        for (int p : px) {
            int key = ((p >> 19) & 0x1F) << 10 | ((p >> 11) & 0x1F) << 5 | ((p >> 3) & 0x1F);
            int[] acc = hist.get(key);
            if (acc == null) {
                acc = new int[4];
                hist.put(key, acc);
            }
            acc[0] += (p >> 16) & 0xFF;
            acc[1] += (p >> 8) & 0xFF;
            acc[2] += p & 0xFF;
            acc[3]++;
        }
        java.util.List<int[][]> boxes = new java.util.ArrayList<>();
        boxes.add(hist.values().toArray(new int[0][]));
        while (boxes.size() < colours) {
            int best = -1;
            int bestRange = 0;
            int bestChannel = 0;
            for (int b = 0; b < boxes.size(); b++) {
                int[][] box = boxes.get(b);
                if (box.length < 2) {
                    continue;
                }
                for (int ch = 0; ch < 3; ch++) {
                    int lo = Integer.MAX_VALUE;
                    int hi = Integer.MIN_VALUE;
                    for (int[] c : box) {
                        int v = c[ch] / c[3];
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                    if (hi - lo > bestRange) {
                        bestRange = hi - lo;
                        best = b;
                        bestChannel = ch;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            int[][] box = boxes.remove(best);
            int ch = bestChannel;
            java.util.Arrays.sort(box, (a, b) -> Integer.compare(a[ch] / a[3], b[ch] / b[3]));
            long total = 0;
            for (int[] c : box) {
                total += c[3];
            }
            long half = 0;
            int cut = 1;
            for (int i = 0; i < box.length - 1; i++) {
                half += box[i][3];
                cut = i + 1;
                if (half * 2 >= total) {
                    break;
                }
            }
            boxes.add(java.util.Arrays.copyOfRange(box, 0, cut));
            boxes.add(java.util.Arrays.copyOfRange(box, cut, box.length));
        }
        int[] palette = new int[boxes.size()];
        for (int b = 0; b < boxes.size(); b++) {
            long r = 0;
            long g = 0;
            long bl = 0;
            long n = 0;
            for (int[] c : boxes.get(b)) {
                r += c[0];
                g += c[1];
                bl += c[2];
                n += c[3];
            }
            palette[b] = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (bl / n);
        }
        return palette;
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
}
