package org.tweetorial.core.internal.lint.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.internal.lint.phi.PhiHit;
import org.tweetorial.core.internal.lint.phi.PhiScanner;
import org.tweetorial.core.internal.parse.ConsentMarker;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.Post;

/**
 * Base of the patient identifier rules: each reports the hits of {@link PhiScanner} that carry its id, in every
 * post's Markdown (text, notes, alt text, footnotes: all of it gets published somewhere). High-confidence
 * identifiers are errors, the others warnings (all errors in strict mode); in a post shared with the patient's
 * consent they are information. Each finding offers a redaction and "mark as shared with consent".
 */
abstract class PhiRule implements LintRule {

    @Override
    public final void check(LintContext ctx, Consumer<Problem> report) {
        PhiStrictness strictness = ctx.options().phiStrictness();
        Set<String> own = ownNames(ctx.tweetorial().frontMatter());
        for (Post post : ctx.tweetorial().posts()) {
            if (post.generated()) {
                continue;
            }
            for (PhiHit h : PhiScanner.scan(post.markdown(), strictness, own)) {
                if (h.ruleId().equals(id())) {
                    report.accept(problem(ctx, post, h, strictness));
                }
            }
        }
    }

    private Problem problem(LintContext ctx, Post post, PhiHit h, PhiStrictness strictness) {
        String found = post.markdown().substring(h.start(), h.end()).strip();
        Severity severity = post.consent() ? Severity.INFO
                : h.blocking() || strictness == PhiStrictness.STRICT ? Severity.ERROR : Severity.WARNING;
        String message = "possible patient identifier (" + h.category().label() + ") '" + found + "': " + h.why()
                + (post.consent() ? "; the post is marked as shared with the patient's consent"
                        : "; redact it, or mark the post as shared with the patient's consent");
        return new Problem(id(), severity, PostRanges.inPost(ctx, post, h.start(), h.end()), message,
                fixes(ctx, post, h));
    }

    private static List<Fix> fixes(LintContext ctx, Post post, PhiHit h) {
        int base = ctx.offsetOf(post);
        List<Fix> fixes = new ArrayList<>();
        fixes.add(Fix.of("Redact as '" + h.replacement() + "'", base + h.start(), h.end() - h.start(),
                h.replacement()));
        if (!post.consent()) {
            fixes.add(Fix.of("Mark as shared with consent", post.range().endOffset(), 0,
                    "\n" + ConsentMarker.MARKER));
        }
        return fixes;
    }

    /** The author's name and handle from the front matter: mentions of them are not patients. */
    static Set<String> ownNames(FrontMatter fm) {
        Set<String> own = new HashSet<>();
        fm.author().ifPresent(own::add);
        fm.handle().ifPresent(own::add);
        return Set.copyOf(own);
    }
}
