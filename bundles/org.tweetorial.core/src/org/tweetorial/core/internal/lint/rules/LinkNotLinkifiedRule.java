package org.tweetorial.core.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.twitter.twittertext.Extractor;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.internal.text.TextMemo;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.platform.Platform;

/**
 * Links readers cannot click: DOIs written as "doi:10..." or bare "10.1056/...", which no platform links, and
 * addresses without https:// (e.g. "nejm.org/..."), which Mastodon does not link.
 */
public final class LinkNotLinkifiedRule implements LintRule {

    private static final Pattern DOI = Pattern.compile(
            "(?i)(?<![\\w/.])(doi:\\s*)?(10\\.\\d{4,9}/[^\\s\"<>\\])]+)");
    private static final Pattern DOMAIN_LIKE = Pattern.compile("[\\p{Alnum}-]\\.\\p{Alpha}{2,}");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final ThreadLocal<Extractor> BARE_URLS = ThreadLocal.withInitial(() -> {
        Extractor e = new Extractor();
        e.setExtractURLWithoutProtocol(true);
        return e;
    });

    @Override
    public String id() {
        return "link-not-linkified";
    }

    @Override
    public String description() {
        return "DOI or address that a platform will not make clickable";
    }

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        boolean mastodon = ctx.platforms().contains(Platform.MASTODON);
        for (Post post : ctx.tweetorial().posts()) {
            dois(ctx, post, report);
            if (mastodon) {
                bareUrls(ctx, post, report);
            }
        }
    }

    /** A DOI written without https://doi.org/: [start, end) in the post's Markdown, as written, the DOI. */
    record DoiHit(int start, int end, String written, String doi) {
    }

    /** An address without a protocol: [start, end) in the post's Markdown, the address. */
    record UrlHit(int start, int end, String url) {
    }

    /** Findings per post Markdown (DOIs) and per masked Markdown (bare addresses), across runs. */
    private static final TextMemo<String, List<DoiHit>> DOIS = new TextMemo<>(8_192, 2_000_000, String::length);
    private static final TextMemo<String, List<UrlHit>> BARE = new TextMemo<>(8_192, 2_000_000, String::length);

    private void dois(LintContext ctx, Post post, Consumer<Problem> report) {
        for (DoiHit h : DOIS.get(post.markdown(), LinkNotLinkifiedRule::findDois)) {
            String url = "https://doi.org/" + h.doi();
            int offset = post.range().startOffset() + h.start();
            report.accept(new Problem(id(), Severity.WARNING, PostRanges.inPost(ctx, post, h.start(), h.end()),
                    "DOI '" + h.written() + "' will not be a link on any platform; write " + url,
                    Optional.of(Fix.of("Replace '" + h.written() + "' with the link " + url, offset,
                            h.end() - h.start(), url))));
        }
    }

    static List<DoiHit> findDois(String markdown) {
        String md = withoutComments(markdown);
        if (md.indexOf("10.") < 0) {
            return List.of();
        }
        List<DoiHit> out = new ArrayList<>();
        Matcher m = DOI.matcher(md);
        while (m.find()) {
            String doi = trim(m.group(2));
            int end = m.start(2) + doi.length();
            out.add(new DoiHit(m.start(), end, md.substring(m.start(), end), doi));
        }
        return List.copyOf(out);
    }

    private void bareUrls(LintContext ctx, Post post, Consumer<Problem> report) {
        for (UrlHit h : BARE.get(ctx.maskedMarkdown(post), LinkNotLinkifiedRule::findBareUrls)) {
            int offset = post.range().startOffset() + h.start();
            report.accept(new Problem(id(), Severity.WARNING, PostRanges.inPost(ctx, post, h.start(), h.end()),
                    "'" + h.url() + "' has no https:// and will not be a link on Mastodon",
                    Optional.of(Fix.of("Add https:// before '" + h.url() + "'", offset, 0, "https://"))));
        }
    }

    /** {@code masked}: URLs with a protocol, DOIs and link targets are blanked (offsets unchanged). */
    static List<UrlHit> findBareUrls(String masked) {
        String text = withoutComments(masked);
        if (!DOMAIN_LIKE.matcher(text).find()) {
            return List.of();
        }
        List<UrlHit> out = new ArrayList<>();
        for (Extractor.Entity e : BARE_URLS.get().extractURLsWithIndices(text)) {
            String url = e.getValue();
            if (url.contains("://") || isPartOfLinkOrDoi(text, e.getStart())) {
                continue;
            }
            out.add(new UrlHit(e.getStart(), e.getEnd(), url));
        }
        return List.copyOf(out);
    }

    /** Card directives and notes in HTML comments are never posted as text. */
    static String withoutComments(String md) {
        if (!md.contains("<!--")) {
            return md;
        }
        Matcher m = COMMENT.matcher(md);
        StringBuilder out = new StringBuilder(md);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static boolean isPartOfLinkOrDoi(String text, int start) {
        return start > 0 && "/@.:".indexOf(text.charAt(start - 1)) >= 0;
    }

    private static String trim(String doi) {
        int end = doi.length();
        while (end > 0 && ".,;:".indexOf(doi.charAt(end - 1)) >= 0) {
            end--;
        }
        return doi.substring(0, end);
    }
}
