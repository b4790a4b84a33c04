package org.tweetorial.ui.internal.editor;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.tweetorial.ui.internal.analysis.TokenPatterns;
import org.tweetorial.ui.internal.editor.RegexTokenScanner.TokenPattern;

/** The token scanners that colour each partition of a tweetorial. */
final class TweetorialHighlighting {

    private TweetorialHighlighting() {
    }

    static ITokenScanner markdown() {
        return new RegexTokenScanner(List.of(
                pattern("(?m)^[ \\t]*---[ \\t]*$", TweetorialColors.SEPARATOR, SWT.BOLD),
                pattern("(?m)^#{1,6}[ \\t].*$", TweetorialColors.HEADING, SWT.BOLD),
                pattern("(?m)^(?i:note):.*$", TweetorialColors.NOTE, SWT.ITALIC),
                pattern("(?m)^\\[\\^[^\\]\\n]+\\]:", TweetorialColors.FOOTNOTE, SWT.BOLD),
                pattern("\\[\\^[^\\]\\n]+\\]", TweetorialColors.FOOTNOTE, SWT.NORMAL),
                pattern("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)", TweetorialColors.IMAGE, SWT.NORMAL),
                underlined("\\[[^\\]\\n]+\\]\\([^)\\n]+\\)", TweetorialColors.LINK),
                underlined(TokenPatterns.URL, TweetorialColors.LINK),
                pattern(TokenPatterns.HASHTAG, TweetorialColors.HASHTAG, SWT.BOLD),
                pattern(TokenPatterns.MENTION, TweetorialColors.MENTION, SWT.BOLD),
                pattern("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__", TweetorialColors.EMPHASIS, SWT.BOLD),
                pattern("(?<![*\\w])\\*[^*\\n]+\\*(?![*\\w])|(?<![_\\w])_[^_\\n]+_(?![_\\w])",
                        TweetorialColors.EMPHASIS, SWT.ITALIC)),
                Token.UNDEFINED);
    }

    static ITokenScanner comment() {
        return new RegexTokenScanner(List.of(
                pattern("(?<=<!--)\\s*card\\s*:", TweetorialColors.CARD, SWT.BOLD),
                pattern("(?<=<!--)\\s*note\\s*:", TweetorialColors.NOTE, SWT.BOLD),
                pattern("\\b[A-Za-z_][\\w-]*(?==)", TweetorialColors.CARD, SWT.NORMAL),
                pattern("\"[^\"\\n]*\"", TweetorialColors.HEADING, SWT.NORMAL)),
                new Token(TweetorialColors.attribute(TweetorialColors.COMMENT)));
    }

    static ITokenScanner frontMatter() {
        return new RegexTokenScanner(List.of(
                pattern("(?m)^---[ \\t]*$", TweetorialColors.SEPARATOR, SWT.BOLD),
                pattern("(?m)^([A-Za-z_]+)[ \\t]*:", TweetorialColors.FRONT_MATTER_KEY, SWT.BOLD),
                pattern("\"[^\"\\n]*\"", TweetorialColors.HEADING, SWT.NORMAL),
                pattern("@[A-Za-z0-9_]+", TweetorialColors.MENTION, SWT.NORMAL)),
                new Token(TweetorialColors.attribute(TweetorialColors.FRONT_MATTER)));
    }

    private static TokenPattern pattern(String regex, RGB rgb, int style) {
        return new TokenPattern(Pattern.compile(regex), new Token(TweetorialColors.attribute(rgb, style)));
    }

    private static TokenPattern underlined(String regex, RGB rgb) {
        TextAttribute attribute = new TextAttribute(TweetorialColors.color(rgb), null, TextAttribute.UNDERLINE);
        IToken token = new Token(attribute);
        return new TokenPattern(Pattern.compile(regex), token);
    }
}
