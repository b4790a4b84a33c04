package org.tweetorial.core.internal.lint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;

/** Only PNG, JPEG, GIF and WEBP can be attached everywhere; the file's bytes must match its name. */
public final class ImageTypeRule extends ImageRule {

    @Override
    public String id() {
        return "image-type";
    }

    @Override
    public String description() {
        return "image is not PNG, JPEG, GIF or WEBP (by name or by content)";
    }

    @Override
    void check(LintContext ctx, Post post, int index, ImageRef image, Consumer<Problem> report) {
        String ext = extension(image.path());
        String expected = switch (ext) {
            case "png" -> "png";
            case "jpg", "jpeg" -> "jpeg";
            case "gif" -> "gif";
            case "webp" -> "webp";
            default -> null;
        };
        if (expected == null) {
            report.accept(new Problem(id(), Severity.ERROR, image.range(), name(image) + " has type '" + ext
                    + "'; platforms accept png, jpg, gif and webp (convert it, e.g. SVG/PDF/TIFF to PNG)"));
            return;
        }
        Optional<Path> file = ctx.resolveImage(image.path());
        if (file.isPresent() && ctx.fileSize(file.get()) > 0) {
            String actual = sniff(file.get());
            if (actual != null && !actual.equals(expected)) {
                report.accept(new Problem(id(), Severity.ERROR, image.range(), name(image) + " is named ."
                        + ext + " but its content is " + actual.toUpperCase(Locale.ROOT) + "; fix the name"));
            } else if (actual == null) {
                report.accept(new Problem(id(), Severity.ERROR, image.range(), name(image)
                        + " is not a PNG, JPEG, GIF or WEBP file (unrecognised content)"));
            }
        }
    }

    static String extension(String path) {
        String p = path.replaceFirst("[?#].*$", "");
        int dot = p.lastIndexOf('.');
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return dot > slash ? p.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The image format from the file's first bytes, null if none of ours. */
    static String sniff(Path file) {
        byte[] h;
        try (InputStream in = Files.newInputStream(file)) {
            h = in.readNBytes(12);
        } catch (IOException e) {
            return null;
        }
        if (h.length >= 8 && (h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return "png";
        }
        if (h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (h.length >= 6 && h[0] == 'G' && h[1] == 'I' && h[2] == 'F' && h[3] == '8') {
            return "gif";
        }
        if (h.length >= 12 && h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F' && h[8] == 'W'
                && h[9] == 'E' && h[10] == 'B' && h[11] == 'P') {
            return "webp";
        }
        return null;
    }
}
