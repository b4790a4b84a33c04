package org.tweetorial.ui.internal.editor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;
import org.tweetorial.core.Infographics;

/**
 * Recognises a tweetorial among Markdown files, so that other Markdown keeps its own editor: front matter with a
 * tweetorial key ({@code platforms}, {@code numbering}, {@code hashtags}, {@code handle}, ...), or a post separator
 * line together with a card directive; and infographics (front matter {@code kind: infographic}).
 */
public final class TweetorialContentDescriber implements ITextContentDescriber {

    private static final int MAX_CHARS = 64 * 1024;
    private static final Pattern FRONT_MATTER_KEY = Pattern.compile(
            "(?m)^(platforms|numbering|hashtags|hashtags_position|handle|mastodon_limit|split|references)\\s*:");
    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---\\s*$");
    private static final Pattern CARD = Pattern.compile("<!--\\s*card\\s*:");

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        return describe(new InputStreamReader(contents, StandardCharsets.UTF_8), description);
    }

    @Override
    public int describe(Reader contents, IContentDescription description) throws IOException {
        char[] buffer = new char[MAX_CHARS];
        int read = new BufferedReader(contents).read(buffer);
        return read <= 0 ? INVALID : describe(new String(buffer, 0, read));
    }

    static int describe(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (Infographics.isInfographic(body)) {
            return VALID;
        }
        if (body.startsWith("---")) {
            int end = body.indexOf("\n---", 3);
            String frontMatter = end > 0 ? body.substring(0, end) : body;
            if (FRONT_MATTER_KEY.matcher(frontMatter).find()) {
                return VALID;
            }
        }
        return SEPARATOR.matcher(body).find() && CARD.matcher(body).find() ? VALID : INVALID;
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }
}
