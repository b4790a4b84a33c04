package org.tweetorial.ui.internal.editor;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Matches YAML front matter: a {@code ---} line at the very start of the document up to and including the next
 * {@code ---} line. Elsewhere {@code ---} is a post separator, so the rule only fires at offset 0.
 */
final class FrontMatterRule implements IPredicateRule {

    private static final String FENCE = "---";
    private final IToken token;

    FrontMatterRule(IToken token) {
        this.token = token;
    }

    @Override
    public IToken getSuccessToken() {
        return token;
    }

    @Override
    public IToken evaluate(ICharacterScanner scanner) {
        return evaluate(scanner, false);
    }

    @Override
    public IToken evaluate(ICharacterScanner scanner, boolean resume) {
        if (!(scanner instanceof RuleBasedScanner ruleScanner) || ruleScanner.getTokenOffset() != 0) {
            return Token.UNDEFINED;
        }
        StringBuilder line = new StringBuilder();
        int read = 0;
        boolean firstLine = true;
        int c;
        while ((c = scanner.read()) != ICharacterScanner.EOF) {
            read++;
            if (c == '\n') {
                String text = line.toString().strip();
                if (firstLine && !text.equals(FENCE)) {
                    return unread(scanner, read);
                }
                if (!firstLine && text.equals(FENCE)) {
                    return token;
                }
                firstLine = false;
                line.setLength(0);
            } else if (c != '\r') {
                line.append((char) c);
            }
        }
        return !firstLine && line.toString().strip().equals(FENCE) ? token : unread(scanner, read);
    }

    private static IToken unread(ICharacterScanner scanner, int count) {
        for (int i = 0; i < count; i++) {
            scanner.unread();
        }
        return Token.UNDEFINED;
    }
}
