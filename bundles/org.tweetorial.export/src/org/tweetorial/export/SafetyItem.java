package org.tweetorial.export;

import java.util.Locale;

/**
 * One finding of the {@link SafetyCheck}.
 *
 * @param category what kind of finding
 * @param post     the published post's number (1-based), 0 when it is not in a post (e.g. the front matter)
 * @param line     1-based line in the Markdown file
 * @param column   1-based column (UTF-16 units)
 * @param ruleId   the lint rule that found it, e.g. {@code phi-mrn}
 * @param message  the lint message: what and where
 * @param action   what to do about it, for the user
 * @param blocks   whether it stops the export (and later publishing) until it is dealt with
 */
public record SafetyItem(Category category, int post, int line, int column, String ruleId, String message,
        String action, boolean blocks) {

    /** The kinds of findings, in the order a report lists them. */
    public enum Category {
        /** A name, record number, date of birth... that may identify a patient ({@code phi-*} rules). */
        PATIENT_IDENTIFIER,
        /** Alt text that is a placeholder ({@code alt-placeholder}). */
        PLACEHOLDER_ALT_TEXT,
        /** An image file that does not exist ({@code image-missing}). */
        MISSING_IMAGE,
        /** Any other lint error. */
        LINT_ERROR,
        /** An image or quote without credit ({@code credit-missing}). */
        MISSING_CREDIT;

        /** For people, e.g. "possible patient identifier". */
        public String label() {
            return switch (this) {
                case PATIENT_IDENTIFIER -> "possible patient identifier";
                case PLACEHOLDER_ALT_TEXT -> "placeholder alt text";
                case MISSING_IMAGE -> "missing image";
                case LINT_ERROR -> "error";
                case MISSING_CREDIT -> "missing credit";
            };
        }

        /** Stable id for JSON and options, e.g. {@code patient-identifier}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
