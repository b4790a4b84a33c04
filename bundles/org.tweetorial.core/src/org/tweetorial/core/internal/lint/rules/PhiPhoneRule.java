package org.tweetorial.core.internal.lint.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.lint.PhiStrictness;

/** Phone numbers: grouped like a phone number (US 3-3-4, UK 0xxx, +country); relaxed mode needs a label. */
public final class PhiPhoneRule extends PhiRule {

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.+/-])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,5}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?![\\w/-])"
                    + "|(?<![\\w.+/-])0\\d{2,4}[\\s-]\\d{3,4}[\\s-]\\d{3,4}(?![\\w/-])"
                    + "|(?<![\\w.+/-])\\+\\d{1,3}(?:[\\s.-]\\d{1,4}){2,4}(?![\\w/-])");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)\\b(?:tel|phone|telephone|call|cell|mobile|pager|bleep|fax|ext|contact|number)\\b[^\\n]{0,20}$");

    @Override
    public String id() {
        return "phi-phone";
    }

    @Override
    public String description() {
        return "possible phone number";
    }

    @Override
    void scan(String text, PhiStrictness strictness, Finding finding) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            int digits = m.group().replaceAll("\\D", "").length();
            boolean labelled = LABEL.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
            if (digits >= 9 && digits <= 15 && (labelled || strictness != PhiStrictness.RELAXED)) {
                finding.at(m.start(), m.end(), labelled ? "a phone number after a phone label"
                        : "digits grouped like a phone number");
            }
        }
    }
}
