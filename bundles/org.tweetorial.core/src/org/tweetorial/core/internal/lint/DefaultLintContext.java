package org.tweetorial.core.internal.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.internal.text.LineMap;
import org.tweetorial.core.internal.text.TextMemo;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.SourceRange;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.LengthCounter;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.PlatformProfile;
import org.tweetorial.core.platform.Platforms;

/** The shared, lazily computed facts of one lint run. Not thread-safe; one per run. */
public final class DefaultLintContext implements LintContext {

    /** Spans that are not prose: URLs, DOIs, PMIDs, link and image targets. PHI rules must not look inside. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "(?i)https?://\\S+|www\\.\\S+|\\bdoi:?\\s*10\\.\\d{4,9}/\\S+|\\b10\\.\\d{4,9}/\\S+"
                    + "|\\bPMID:?\\s*\\d{1,8}|\\bPMCID:?\\s*PMC\\d+|\\bPMC\\d{5,}|\\bISBN[-:\\s\\d]*[\\dX]"
                    + "|\\]\\([^)\\s]*|\\bNCT\\d{8}\\b|\\bISRCTN\\s*\\d{8}\\b"
                    + "|\\bEudraCT\\s*(?:number\\s*)?\\d{4}-\\d{6}-\\d{2}"
                    + "|\\bPubMed(?:\\s+ID)?:?\\s*\\d{1,8}|\\bpubmed\\S*/\\d{1,8}|\\bPMID\\s*[:=]?\\s*\\d{1,8}"
                    + "|\\bSNOMED(?:\\s+CT)?(?:\\s+(?:concept|code|id))?:?\\s*\\d{6,18}");

    /** Masked Markdown per Markdown text, across runs (most posts are unchanged between keystrokes). */
    private static final TextMemo<String, String> MASKED = new TextMemo<>(8_192, 2_000_000, String::length);

    private final Tweetorial tweetorial;
    private final LintOptions options;
    private final List<Platform> platforms;
    private final Map<Platform, LengthCounter> counters = new EnumMap<>(Platform.class);
    private final Map<Integer, Count[]> counts = new HashMap<>();
    private final Map<Integer, String> masked = new HashMap<>();
    private final Map<Path, Long> sizes = new HashMap<>();
    private LineMap lines;

    public DefaultLintContext(Tweetorial tweetorial, LintOptions options) {
        this.tweetorial = tweetorial;
        this.options = options;
        this.platforms = options.platforms().isEmpty() ? tweetorial.frontMatter().platforms()
                : List.of(Platform.values()).stream().filter(options.platforms()::contains).toList();
    }

    @Override
    public Tweetorial tweetorial() {
        return tweetorial;
    }

    @Override
    public LintOptions options() {
        return options;
    }

    @Override
    public List<Platform> platforms() {
        return platforms;
    }

    @Override
    public PlatformProfile profile(Platform platform) {
        return Platforms.profile(platform, options.mastodonLimit(tweetorial));
    }

    @Override
    public Count count(Post post, Platform platform) {
        Count[] row = counts.computeIfAbsent(post.number(), n -> new Count[Platform.values().length]);
        int i = platform.ordinal();
        if (row[i] == null) {
            LengthCounter c = counters.computeIfAbsent(platform, p -> Platforms.counter(profile(p)));
            row[i] = c.count(post.postedText());
        }
        return row[i];
    }

    @Override
    public String maskedMarkdown(Post post) {
        return masked.computeIfAbsent(post.number(), n -> MASKED.get(post.markdown(), DefaultLintContext::mask));
    }

    /** The Markdown with non-prose spans blanked out (same length and offsets). */
    public static String mask(String markdown) {
        Matcher m = NOT_PROSE.matcher(markdown);
        if (!m.find()) {
            return markdown;
        }
        char[] chars = markdown.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) {
                chars[i] = ' ';
            }
        } while (m.find());
        return new String(chars);
    }

    @Override
    public SourceRange range(int startOffset, int endOffset) {
        if (lines == null) {
            lines = new LineMap(tweetorial.text());
        }
        return lines.range(startOffset, endOffset);
    }

    @Override
    public Optional<Path> resolveImage(String path) {
        if (path.isBlank() || path.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !path.matches("(?i)^[a-z]:[\\\\/].*")) {
            return Optional.empty();
        }
        try {
            String decoded = path.contains("%") ? java.net.URLDecoder.decode(path.replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8) : path;
            return Optional.of(tweetorial.baseDir().resolve(decoded).normalize());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public long fileSize(Path file) {
        return sizes.computeIfAbsent(file, f -> {
            try {
                return Files.isRegularFile(f) ? Files.size(f) : -1L;
            } catch (IOException e) {
                return -1L;
            }
        });
    }
}
