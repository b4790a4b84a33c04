package org.tweetorial.ui.internal.editor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * A token scanner driven by regular expressions: earlier patterns win where matches overlap, the rest of the range
 * gets the default token. The damager always hands it whole lines, so line-anchored patterns work.
 */
final class RegexTokenScanner implements ITokenScanner {

    /** A pattern and the token its matches get. */
    record TokenPattern(Pattern pattern, IToken token) {
    }

    private record Span(int start, int end, IToken token) {
    }

    private final List<TokenPattern> patterns;
    private final IToken defaultToken;
    private List<Span> spans = List.of();
    private int index;
    private int tokenOffset;
    private int tokenLength;

    RegexTokenScanner(List<TokenPattern> patterns, IToken defaultToken) {
        this.patterns = List.copyOf(patterns);
        this.defaultToken = defaultToken;
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        String text;
        try {
            text = document.get(offset, length);
        } catch (BadLocationException e) {
            text = "";
        }
        spans = spans(text, offset);
        index = 0;
    }

    private List<Span> spans(String text, int base) {
        BitSet taken = new BitSet(text.length());
        List<Span> found = new ArrayList<>();
        for (TokenPattern pattern : patterns) {
            Matcher m = pattern.pattern().matcher(text);
            while (m.find()) {
                int start = m.groupCount() > 0 && m.start(1) >= 0 ? m.start(1) : m.start();
                int end = m.groupCount() > 0 && m.end(1) >= 0 ? m.end(1) : m.end();
                int firstTaken = taken.nextSetBit(start);
                if (end > start && (firstTaken == -1 || firstTaken >= end)) {
                    taken.set(start, end);
                    found.add(new Span(start, end, pattern.token()));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Span> all = new ArrayList<>();
        int at = 0;
        for (Span span : found) {
            if (span.start() > at) {
                all.add(new Span(base + at, base + span.start(), defaultToken));
            }
            all.add(new Span(base + span.start(), base + span.end(), span.token()));
            at = span.end();
        }
        if (at < text.length()) {
            all.add(new Span(base + at, base + text.length(), defaultToken));
        }
        return all;
    }

    @Override
    public IToken nextToken() {
        if (index >= spans.size()) {
            return Token.EOF;
        }
        Span span = spans.get(index++);
        tokenOffset = span.start();
        tokenLength = span.end() - span.start();
        return span.token();
    }

    @Override
    public int getTokenOffset() {
        return tokenOffset;
    }

    @Override
    public int getTokenLength() {
        return tokenLength;
    }
}
