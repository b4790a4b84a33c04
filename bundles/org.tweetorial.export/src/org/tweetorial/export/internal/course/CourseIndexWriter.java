package org.tweetorial.export.internal.course;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code index.html}: a plain static page (no script, no network) that opens from disk. HTML5 written as well-formed
 * XML, in English, with one heading per tweetorial, the first card as thumbnail with its alt text, and links whose
 * accessible names say which tweetorial they belong to.
 */
final class CourseIndexWriter {

    static final String FILE_NAME = "index.html";

    /** The files an index entry links to, in order, with their visible labels. */
    private static final List<String[]> LINKS = List.of(
            new String[] { "handout.pdf", "Handout (PDF)" },
            new String[] { "slides.pdf", "Slides (PDF)" },
            new String[] { "slides.pptx", "Deck (PowerPoint)" },
            new String[] { "cards/", "Cards (PNG)" },
            new String[] { "thread.txt", "Thread text" },
            new String[] { "alt-text.txt", "Alt text" });

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1a1a1a}
            ul.library{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1.5rem}
            ul.library>li{border:1px solid #ccc;border-radius:.5rem;padding:1rem}
            ul.library img{width:100%;height:auto;border:1px solid #ddd}
            h2{font-size:1.2rem;margin:.75rem 0 .25rem}
            p.meta{color:#444;margin:0 0 .5rem}
            ul.files{padding-left:1.2rem;margin:0}
            a{color:#0645ad}
            a:focus{outline:3px solid #f90}
            """;

    private CourseIndexWriter() {
    }

    static byte[] write(String title, IndexRows.Rows rows) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n")
                .append("<p>").append(count(rows.exported().size(), "tweetorial")).append("</p>\n</header>\n")
                .append("<main>\n");
        if (!rows.exported().isEmpty()) {
            html.append("<ul class=\"library\">\n");
            for (int i = 0; i < rows.exported().size(); i++) {
                entry(html, rows.exported().get(i), i + 1);
            }
            html.append("</ul>\n");
        }
        if (!rows.failed().isEmpty()) {
            failed(html, rows.failed());
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(StringBuilder html, IndexRows.Exported e, int n) {
        String id = "t" + n;
        html.append("<li>\n<article aria-labelledby=\"").append(id).append("\">\n");
        if (e.thumbnail().isPresent()) {
            html.append("<img src=\"").append(href(e.folder(), e.thumbnail().get())).append("\" alt=\"")
                    .append(escape(e.thumbnailAlt().isBlank() ? "First card of " + e.title() : e.thumbnailAlt()))
                    .append("\"/>\n");
        }
        html.append("<h2 id=\"").append(id).append("\">").append(escape(e.title())).append("</h2>\n")
                .append("<p class=\"meta\">").append(count(e.posts(), "post"));
        if (!e.date().isBlank()) {
            html.append(" · <time datetime=\"").append(escape(e.date())).append("\">").append(escape(e.date()))
                    .append("</time>");
        }
        html.append("</p>\n<ul class=\"files\" aria-label=\"Files of ").append(escape(e.title())).append("\">\n");
        for (String[] link : LINKS) {
            if (has(e, link[0])) {
                html.append("<li><a href=\"").append(href(e.folder(), link[0])).append("\" aria-label=\"")
                        .append(escape(link[1] + ": " + e.title())).append("\">").append(escape(link[1]))
                        .append("</a></li>\n");
            }
        }
        html.append("</ul>\n</article>\n</li>\n");
    }

    private static boolean has(IndexRows.Exported e, String file) {
        return file.endsWith("/") ? e.files().stream().anyMatch(f -> f.startsWith(file)) : e.files().contains(file);
    }

    private static void failed(StringBuilder html, List<IndexRows.Failed> failed) {
        html.append("<section aria-labelledby=\"failed\">\n<h2 id=\"failed\">Not exported</h2>\n<ul>\n");
        for (IndexRows.Failed f : failed) {
            html.append("<li><strong>").append(escape(f.fileName())).append("</strong>: ")
                    .append(escape(f.reason())).append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** A relative link to a file in a tweetorial's folder, each path segment percent-encoded. */
    static String href(String folder, String file) {
        try {
            // "./" keeps a colon in the folder's name from reading as a URL scheme
            String path = (folder.contains(":") ? "./" : "") + folder + "/" + file;
            return escape(new URI(null, null, path, null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot link " + folder + "/" + file, e);
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
