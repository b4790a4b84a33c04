package org.tweetorial.core.internal.lint.rules;

import java.util.regex.Pattern;

import org.tweetorial.core.lint.PhiStrictness;

/** E-mail addresses (a Mastodon handle @user@server is not one). */
public final class PhiEmailRule extends PhiRule {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![@\\w.+-])[\\w.+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b");

    @Override
    public String id() {
        return "phi-email";
    }

    @Override
    public String description() {
        return "e-mail address";
    }

    /** Every match holds an "@" (and a "." after it). */
    @Override
    boolean mayMatch(String text) {
        return text.indexOf('@') >= 0;
    }

    @Override
    void scan(String text, PhiStrictness strictness, Finding finding) {
        each(EMAIL, text, finding, "an e-mail address identifies a person (if it is your own public contact, "
                + "disable this rule for the file)");
    }
}
