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
 * A token scanner driven by rules (regular expressions, or core's entities): earlier rules win where ranges overlap,
 * the rest of the range gets the default token. The damager always hands it whole lines, so line-anchored patterns
 * work.
 */
final class RuleTokenScanner implements ITokenScanner {

    /** Where tokens go in a text: reports [start, end) ranges with their token. */
    @FunctionalInterface
    interface TokenRule {
        void find(String text, Found found);
    }

    /** Receives a range found by a rule. */
    @FunctionalInterface
    interface Found {
        void add(int start, int end, IToken token);
    }

    /** A rule giving {@code token} to the matches of {@code pattern} (to its group 1 when it has one). */
    static TokenRule regex(Pattern pattern, IToken token) {
        return (text, found) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                boolean group = m.groupCount() > 0 && m.start(1) >= 0;
                found.add(group ? m.start(1) : m.start(), group ? m.end(1) : m.end(), token);
            }
        };
    }

    private record Span(int start, int end, IToken token) {
    }

    private final List<TokenRule> rules;
    private final IToken defaultToken;
    private List<Span> spans = List.of();
    private int index;
    private int tokenOffset;
    private int tokenLength;

    RuleTokenScanner(List<TokenRule> rules, IToken defaultToken) {
        this.rules = List.copyOf(rules);
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
        for (TokenRule rule : rules) {
            rule.find(text, (start, end, token) -> {
                int firstTaken = taken.nextSetBit(start);
                if (end > start && (firstTaken == -1 || firstTaken >= end)) {
                    taken.set(start, end);
                    found.add(new Span(start, end, token));
                }
            });
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
