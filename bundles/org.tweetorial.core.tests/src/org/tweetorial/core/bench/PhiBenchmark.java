package org.tweetorial.core.bench;

import java.nio.file.Path;
import java.util.List;

import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.internal.lint.phi.PhiDictionaries;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Problem;

/**
 * The patient identifier rules' cost: the word lists' first (lazy) load and a reload, then parse + count + lint of
 * a 50-post thread of PHI-heavy teaching text (names, dates, numbers, places: every recogniser has work), warm,
 * unchanged and with one post edited per operation. Prints milliseconds.
 */
public final class PhiBenchmark {

    private static final String[] POSTS = {
        "Mrs Rossi, 84, came back to clinic on 3 March with ankle swelling; her daughter Priya drove her.",
        "A 67-year-old man from Leeds with chest pain. Troponin 88 ng/L, ECG: ST depression in V4-V6.",
        "Thanks to Dr Patel for the figure. Smith et al., 2021 (PMID: 31535829) found a 20% reduction.",
        "The Frank–Starling law: more stretch, stronger beat. Cushing's and Graves' disease next week.",
        "DAPA-HF (2019): dapagliflozin 10 mg daily; NCT03036124; doi:10.1056/NEJMoa1911303.",
        "Call 999 in an emergency. ESC Congress, 29 August to 1 September 2025, in Madrid.",
        "Na 128 mmol/L, K 5.9, creatinine 310 µmol/L, pH 7.21: what next? Follow @DrOkaforMedEd.",
        "I work at Leeds Teaching Hospitals; views my own. ICD-10 I50.9, SNOMED CT 84114007.",
    };

    private PhiBenchmark() {
    }

    public static void main(String[] args) throws TweetorialException {
        long t0 = System.nanoTime();
        PhiDictionaries first = PhiDictionaries.get();
        System.out.printf("PHI word lists, first load (cold JVM): %.1f ms (%.1f ms in load), %d/%d/%d entries%n",
                (System.nanoTime() - t0) / 1e6, first.loadNanos() / 1e6, first.sizes()[0], first.sizes()[1],
                first.sizes()[2]);
        for (int i = 0; i < 5; i++) {
            PhiDictionaries.load();
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            PhiDictionaries.load();
        }
        System.out.printf("PHI word lists, reload (warm JVM): %.1f ms%n", (System.nanoTime() - t1) / 1e6 / 5);
        String text = thread(50);
        int iterations = 2000;
        System.out.printf("50 PHI-heavy posts, unchanged: %.3f ms/op%n", msPerOp(text, iterations));
        System.out.printf("50 PHI-heavy posts, one post edited: %.3f ms/op%n", msPerOpEdited(text, iterations));
    }

    static String thread(int posts) {
        StringBuilder sb = new StringBuilder("---\ntitle: PHI benchmark\nauthor: Dr Amara Okafor\n"
                + "handle: \"@DrOkaforMedEd\"\nplatforms: [x, bluesky, mastodon]\n---\n");
        for (int i = 0; i < posts; i++) {
            sb.append(i > 0 ? "---\n" : "").append("## Point ").append(i).append("\n\n")
                    .append(POSTS[i % POSTS.length]).append("\n\n");
        }
        return sb.toString();
    }

    private static double msPerOp(String text, int iterations) throws TweetorialException {
        for (int i = 0; i < iterations; i++) {
            run(text);
        }
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            run(text);
        }
        return (System.nanoTime() - start) / 1e6 / iterations;
    }

    private static double msPerOpEdited(String text, int iterations) throws TweetorialException {
        int at = text.indexOf("## Point 24") + "## Point 24".length();
        String before = text.substring(0, at) + " ";
        String after = text.substring(at);
        for (int i = 0; i < iterations; i++) {
            run(before + String.format("%06d", i) + after);
        }
        long start = System.nanoTime();
        for (int i = iterations; i < 2 * iterations; i++) {
            run(before + String.format("%06d", i) + after);
        }
        return (System.nanoTime() - start) / 1e6 / iterations;
    }

    private static List<Problem> run(String text) throws TweetorialException {
        return Tweetorials.check(Tweetorials.parse(text, Path.of(".")), LintOptions.defaults());
    }
}
