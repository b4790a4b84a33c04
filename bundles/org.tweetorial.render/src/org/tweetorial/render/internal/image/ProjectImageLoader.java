package org.tweetorial.render.internal.image;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.tweetorial.render.internal.svg.SafeXml;
import org.tweetorial.render.internal.svg.SvgSanitizer;
import org.tweetorial.render.internal.svg.SvgWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Loads images referenced by cards from the project folder only: relative paths without {@code ..}, checked again
 * after resolving symbolic links (real paths), regular files of at most 20 MB in PNG, JPEG, GIF or (sanitised) SVG
 * format. Remote {@code http(s)} URLs are refused unless allowed; every other URL scheme ({@code file:},
 * {@code jar:}, {@code data:}...) is refused. The bytes are returned as a {@code data:} URI.
 */
public final class ProjectImageLoader {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*$");

    private final Path projectDir;
    private final boolean allowRemote;
    private final Map<String, LoadedImage> cache = new ConcurrentHashMap<>();

    public ProjectImageLoader(Path projectDir, boolean allowRemote) {
        this.projectDir = projectDir == null ? null : projectDir.toAbsolutePath().normalize();
        this.allowRemote = allowRemote;
    }

    /** The image, or null with a warning saying why it was refused. */
    public LoadedImage load(String ref, List<String> warnings) {
        String r = ref == null ? "" : ref.strip();
        if (r.isEmpty()) {
            return null;
        }
        Matcher m = SCHEME.matcher(r);
        if (m.find() && m.group(1).length() > 1) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                if (!allowRemote) {
                    warnings.add("image " + r + ": remote images are not loaded; save the image in the project"
                            + " folder or allow remote images");
                    return null;
                }
                return remote(r, warnings);
            }
            warnings.add("image " + r + ": '" + scheme + ":' URLs are not allowed; use a path inside the project");
            return null;
        }
        if (projectDir == null) {
            warnings.add("image " + r + ": no project folder to load images from");
            return null;
        }
        try {
            return local(r, warnings);
        } catch (InvalidPathException | IOException | SecurityException e) {
            warnings.add("image " + r + ": cannot be read (" + e.getMessage() + ")");
            return null;
        }
    }

    /** A file inside the project folder, confined there even through links; decoded once per version. */
    private LoadedImage local(String r, List<String> warnings) throws IOException {
        Path rel = Path.of(r);
        if (rel.isAbsolute() || r.startsWith("/") || r.startsWith("\\")) {
            warnings.add("image " + r + ": absolute paths are not allowed; use a path relative to the project");
            return null;
        }
        for (Path part : rel) {
            if (part.toString().equals("..")) {
                warnings.add("image " + r + ": '..' is not allowed; images must be inside the project folder");
                return null;
            }
        }
        Path file = projectDir.resolve(rel).normalize();
        if (!file.startsWith(projectDir)) {
            warnings.add("image " + r + ": outside the project folder");
            return null;
        }
        if (!Files.exists(file)) {
            warnings.add("image " + r + ": file not found in the project folder");
            return null;
        }
        Path real = file.toRealPath();
        if (!real.startsWith(projectDir.toRealPath())) {
            warnings.add("image " + r + ": resolves (through a link) outside the project folder; refused");
            return null;
        }
        BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
        if (!attrs.isRegularFile()) {
            warnings.add("image " + r + ": not a regular file");
            return null;
        }
        if (attrs.size() > MAX_BYTES) {
            warnings.add("image " + r + ": larger than 20 MB");
            return null;
        }
        String key = real + "|" + attrs.size() + "|" + attrs.lastModifiedTime().toMillis();
        LoadedImage cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        LoadedImage img = decode(r, Files.readAllBytes(real), warnings);
        if (img != null) {
            cache.put(key, img);
        }
        return img;
    }

    private LoadedImage remote(String url, List<String> warnings) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build();
            HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) {
                warnings.add("image " + url + ": HTTP " + resp.statusCode());
                return null;
            }
            if (resp.body().length > MAX_BYTES) {
                warnings.add("image " + url + ": larger than 20 MB");
                return null;
            }
            return decode(url, resp.body(), warnings);
        } catch (IOException | IllegalArgumentException e) {
            warnings.add("image " + url + ": cannot be downloaded (" + e.getMessage() + ")");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static LoadedImage decode(String ref, byte[] bytes, List<String> warnings) {
        String mime = sniff(bytes);
        if (mime == null) {
            warnings.add("image " + ref + ": not a PNG, JPEG, GIF or SVG file");
            return null;
        }
        if (mime.equals("image/svg+xml")) {
            return svg(ref, bytes, warnings);
        }
        Dimension d = rasterSize(bytes);
        if (d == null) {
            warnings.add("image " + ref + ": cannot be decoded");
            return null;
        }
        byte[] data = bytes;
        if (mime.equals("image/gif")) {
            // Batik has no GIF decoder: hand it a PNG (first frame).
            data = gifToPng(bytes);
            mime = "image/png";
            if (data == null) {
                warnings.add("image " + ref + ": GIF cannot be decoded");
                return null;
            }
        }
        return new LoadedImage("data:" + mime + ";base64," + Base64.getEncoder().encodeToString(data), d.width,
                d.height, bytes.length, digest(bytes));
    }

    private static byte[] gifToPng(byte[] gif) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(gif));
            if (img == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            return null;
        }
    }

    private static LoadedImage svg(String ref, byte[] bytes, List<String> warnings) {
        try {
            Document doc = SafeXml.parse(bytes);
            Element root = doc.getDocumentElement();
            List<String> removed = SvgSanitizer.sanitize(root);
            if (!removed.isEmpty()) {
                warnings.add("image " + ref + ": removed unsafe SVG content: " + String.join("; ", removed));
            }
            double[] size = svgSize(root);
            root.setAttributeNS(null, "width", Double.toString(size[0]));
            root.setAttributeNS(null, "height", Double.toString(size[1]));
            byte[] clean = SvgWriter.toString(root).getBytes(StandardCharsets.UTF_8);
            return new LoadedImage("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(clean),
                    (int) Math.max(1, Math.round(size[0])), (int) Math.max(1, Math.round(size[1])), bytes.length,
                    digest(bytes));
        } catch (SafeXml.XmlException e) {
            warnings.add("image " + ref + ": SVG refused: " + e.getMessage());
            return null;
        }
    }

    private static double[] svgSize(Element root) {
        double w = number(root.getAttribute("width"));
        double h = number(root.getAttribute("height"));
        String[] vb = root.getAttribute("viewBox").trim().split("[\\s,]+");
        if ((w <= 0 || h <= 0) && vb.length == 4) {
            w = number(vb[2]);
            h = number(vb[3]);
        }
        return new double[] {w > 0 ? w : 300, h > 0 ? h : 150};
    }

    private static double number(String s) {
        Matcher m = NUMBER.matcher(s == null ? "" : s);
        return m.matches() ? Double.parseDouble(m.group(1)) : -1;
    }

    static String sniff(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "image/gif";
        }
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("<") && head.contains("<svg")) {
            return "image/svg+xml";
        }
        return null;
    }

    private static Dimension rasterSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new Dimension(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return null;
        }
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
