package org.tweetorial.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.spelling.SpellChecker;
import org.tweetorial.export.internal.SafetyClassifier;
import org.tweetorial.export.internal.SourceReader;

/**
 * The check run before anything leaves the tool (the export now, publishing later). It lists lint errors,
 * possible patient identifiers, placeholder alt text, missing images and missing credits, and says which block:
 * <ul>
 * <li>possible patient identifiers, unless their post is marked as shared with consent ({@code <!-- consent -->})
 * or the policy allows them explicitly (the command line's {@code --allow-phi});</li>
 * <li>placeholder alt text and missing images, always: they must be fixed;</li>
 * <li>other lint errors only when the policy says so ({@code --strict});</li>
 * <li>missing credits never (they are listed).</li>
 * </ul>
 * {@link Exporter#export} runs it and refuses to write anything while something blocks.
 */
public final class SafetyCheck {

    /**
     * What may pass.
     *
     * @param allowPatientIdentifiers possible patient identifiers do not block (an explicit, logged decision)
     * @param lintErrorsBlock         every lint error blocks (the export's {@code strict})
     */
    public record Policy(boolean allowPatientIdentifiers, boolean lintErrorsBlock) {

        /** Patient identifiers block, other lint errors do not. */
        public static Policy defaults() {
            return new Policy(false, false);
        }

        /** The policy of an export request. */
        public static Policy of(ExportRequest request) {
            return new Policy(request.allowPatientIdentifiers(), request.strict());
        }

        public Policy withAllowPatientIdentifiers(boolean value) {
            return new Policy(value, lintErrorsBlock);
        }

        public Policy withLintErrorsBlock(boolean value) {
            return new Policy(allowPatientIdentifiers, value);
        }
    }

    /**
     * The lint an export and its safety check run: every rule but spelling, which decides nothing here (an
     * information the author sees in the editor and in {@code check}) and would load the dictionaries for nothing.
     */
    public static final LintOptions LINT = LintOptions.defaults().withDisabledRules(Set.of(SpellChecker.RULE_ID));

    private SafetyCheck() {
    }

    /** Checks a parsed tweetorial with the problems already found for it (parse and lint, as the editor shows). */
    public static SafetyReport check(Tweetorial tweetorial, List<Problem> problems, Policy policy) {
        return new SafetyReport(tweetorial.source(), SafetyClassifier.items(tweetorial, problems, policy));
    }

    /** Lints a parsed tweetorial with the default options and checks it. */
    public static SafetyReport check(Tweetorial tweetorial, Policy policy) {
        return check(tweetorial, Tweetorials.check(tweetorial, LINT), policy);
    }

    /**
     * Reads, lints and checks a file, as an export of it would.
     *
     * @throws ExportException ({@link ExportException.Reason#BAD_INPUT}) when it cannot be read or parsed
     */
    public static SafetyReport check(Path source, Policy policy) throws ExportException {
        return check(SourceReader.parse(source), policy);
    }
}
