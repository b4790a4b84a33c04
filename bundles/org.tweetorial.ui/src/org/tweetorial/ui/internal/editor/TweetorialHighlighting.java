package org.tweetorial.ui.internal.editor;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.tweetorial.core.text.Entities;
import org.tweetorial.core.text.Entity;
import org.tweetorial.ui.internal.editor.RuleTokenScanner.TokenRule;

/** The token scanners that colour each partition of a tweetorial. */
final class TweetorialHighlighting {

    private TweetorialHighlighting() {
    }

    static ITokenScanner markdown() {
        return new RuleTokenScanner(List.of(
                pattern("(?m)^[ \\t]*---[ \\t]*$", TweetorialColors.SEPARATOR, SWT.BOLD),
                pattern("(?m)^#{1,6}[ \\t].*$", TweetorialColors.HEADING, SWT.BOLD),
                pattern("(?m)^(?i:note):.*$", TweetorialColors.NOTE, SWT.ITALIC),
                pattern("(?m)^\\[\\^[^\\]\\n]+\\]:", TweetorialColors.FOOTNOTE, SWT.BOLD),
                pattern("\\[\\^[^\\]\\n]+\\]", TweetorialColors.FOOTNOTE, SWT.NORMAL),
                pattern("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)", TweetorialColors.IMAGE, SWT.NORMAL),
                underlined("\\[[^\\]\\n]+\\]\\([^)\\n]+\\)", TweetorialColors.LINK),
                entities(),
                pattern("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__", TweetorialColors.EMPHASIS, SWT.BOLD),
                pattern("(?<![*\\w])\\*[^*\\n]+\\*(?![*\\w])|(?<![_\\w])_[^_\\n]+_(?![_\\w])",
                        TweetorialColors.EMPHASIS, SWT.ITALIC)),
                Token.UNDEFINED);
    }

    static ITokenScanner comment() {
        return new RuleTokenScanner(List.of(
                pattern("(?<=<!--)\\s*card\\s*:", TweetorialColors.CARD, SWT.BOLD),
                pattern("(?<=<!--)\\s*note\\s*:", TweetorialColors.NOTE, SWT.BOLD),
                pattern("\\b[A-Za-z_][\\w-]*(?==)", TweetorialColors.CARD, SWT.NORMAL),
                pattern("\"[^\"\\n]*\"", TweetorialColors.HEADING, SWT.NORMAL)),
                new Token(TweetorialColors.attribute(TweetorialColors.COMMENT)));
    }

    static ITokenScanner frontMatter() {
        return new RuleTokenScanner(List.of(
                pattern("(?m)^---[ \\t]*$", TweetorialColors.SEPARATOR, SWT.BOLD),
                pattern("(?m)^([A-Za-z_]+)[ \\t]*:", TweetorialColors.FRONT_MATTER_KEY, SWT.BOLD),
                pattern("\"[^\"\\n]*\"", TweetorialColors.HEADING, SWT.NORMAL),
                pattern("@[A-Za-z0-9_]+", TweetorialColors.MENTION, SWT.NORMAL)),
                new Token(TweetorialColors.attribute(TweetorialColors.FRONT_MATTER)));
    }

    /** Links, hashtags and mentions where core finds them. */
    private static TokenRule entities() {
        IToken link = underlinedToken(TweetorialColors.LINK);
        IToken hashtag = new Token(TweetorialColors.attribute(TweetorialColors.HASHTAG, SWT.BOLD));
        IToken mention = new Token(TweetorialColors.attribute(TweetorialColors.MENTION, SWT.BOLD));
        return (text, found) -> {
            for (Entity e : Entities.extract(text)) {
                found.add(e.start(), e.end(), switch (e.kind()) {
                    case URL -> link;
                    case HASHTAG -> hashtag;
                    case MENTION -> mention;
                });
            }
        };
    }

    private static TokenRule pattern(String regex, RGB rgb, int style) {
        return RuleTokenScanner.regex(Pattern.compile(regex), new Token(TweetorialColors.attribute(rgb, style)));
    }

    private static TokenRule underlined(String regex, RGB rgb) {
        return RuleTokenScanner.regex(Pattern.compile(regex), underlinedToken(rgb));
    }

    private static IToken underlinedToken(RGB rgb) {
        return new Token(new TextAttribute(TweetorialColors.color(rgb), null, TextAttribute.UNDERLINE));
    }
}
