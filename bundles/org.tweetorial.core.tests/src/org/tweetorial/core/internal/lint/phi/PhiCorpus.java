package org.tweetorial.core.internal.lint.phi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Linter;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.core.lint.Problem;

/**
 * The labelled PHI corpus (phi-positive.txt, phi-negative.txt beside this class) and its measurement: recall per
 * Safe Harbor category on the positive posts, false alarms on the negative ones, at a strictness level.
 */
public final class PhiCorpus {

    /** Front matter of every corpus post: the author's own name and handle are traps of the negative set. */
    static final String FRONT_MATTER = "---\nauthor: Dr Amara Okafor\nhandle: \"@DrOkaforMedEd\"\nnumbering: none\n"
            + "platforms: [mastodon]\n---\n";

    /** The category each rule reports; the corpus checks that a finding has the labelled one. */
    static final Map<String, PhiCategory> RULE_CATEGORY = Map.ofEntries(Map.entry("phi-name", PhiCategory.NAME),
            Map.entry("phi-initials-age-sex", PhiCategory.NAME), Map.entry("phi-geo", PhiCategory.GEO),
            Map.entry("phi-dob", PhiCategory.DATE), Map.entry("phi-date", PhiCategory.DATE),
            Map.entry("phi-date-age", PhiCategory.DATE), Map.entry("phi-age", PhiCategory.AGE),
            Map.entry("phi-phone", PhiCategory.PHONE), Map.entry("phi-email", PhiCategory.EMAIL),
            Map.entry("phi-national-id", PhiCategory.NATIONAL_ID), Map.entry("phi-mrn", PhiCategory.MRN),
            Map.entry("phi-health-plan", PhiCategory.HEALTH_PLAN), Map.entry("phi-account", PhiCategory.ACCOUNT),
            Map.entry("phi-licence", PhiCategory.LICENCE), Map.entry("phi-vehicle", PhiCategory.VEHICLE),
            Map.entry("phi-device", PhiCategory.DEVICE), Map.entry("phi-url", PhiCategory.URL),
            Map.entry("phi-ip", PhiCategory.IP), Map.entry("phi-biometric", PhiCategory.BIOMETRIC),
            Map.entry("phi-photo", PhiCategory.PHOTO), Map.entry("phi-room-bed", PhiCategory.OTHER),
            Map.entry("phi-unique", PhiCategory.OTHER));

    /** Categories told in words, whose extent is a matter of phrasing: a finding must overlap, not cover. */
    private static final Set<PhiCategory> DESCRIBED = Set.of(PhiCategory.BIOMETRIC, PhiCategory.PHOTO,
            PhiCategory.OTHER);

    /** One labelled identifier in a post: [start, end) in the post text. */
    record Identifier(int start, int end) {
    }

    record Sample(PhiCategory category, String text, List<Identifier> identifiers, int line) {
    }

    /** Found and total identifiers per category; flagged negative posts with their findings. */
    record Result(Map<PhiCategory, int[]> perCategory, int negatives, List<String> falseAlarms, List<String> misses) {

        int found() {
            return perCategory.values().stream().mapToInt(a -> a[0]).sum();
        }

        int total() {
            return perCategory.values().stream().mapToInt(a -> a[1]).sum();
        }

        double recall() {
            return (double) found() / total();
        }

        double recall(PhiCategory c) {
            int[] a = perCategory.get(c);
            return (double) a[0] / a[1];
        }

        double falseAlarmRate() {
            return (double) falseAlarms.size() / negatives;
        }
    }

    /**
     * The two sets: the development set (the rules were tuned on it, the test asserts the targets on it) and the
     * held-out set (written after the rules were frozen, never tuned on: its numbers are the honest estimate).
     */
    enum CorpusSet {
        DEVELOPMENT("phi-positive.txt", "phi-negative.txt"), HELD_OUT("phi-heldout-positive.txt",
                "phi-heldout-negative.txt"), FRESH("phi-fresh-positive.txt", "phi-fresh-negative.txt");

        final String positive;
        final String negative;

        CorpusSet(String positive, String negative) {
            this.positive = positive;
            this.negative = negative;
        }
    }

    private PhiCorpus() {
    }

    static List<Sample> positives() {
        return positives(CorpusSet.DEVELOPMENT);
    }

    static List<String> negatives() {
        return negatives(CorpusSet.DEVELOPMENT);
    }

    static List<Sample> positives(CorpusSet set) {
        List<Sample> out = new ArrayList<>();
        List<String> lines = lines(set.positive);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            PhiCategory category = PhiCategory.valueOf(line.substring(0, bar));
            StringBuilder text = new StringBuilder();
            List<Identifier> ids = new ArrayList<>();
            String rest = line.substring(bar + 1);
            int at = 0;
            while (true) {
                int open = rest.indexOf("[[", at);
                if (open < 0) {
                    text.append(rest.substring(at));
                    break;
                }
                int close = rest.indexOf("]]", open);
                text.append(rest, at, open);
                int start = text.length();
                text.append(rest, open + 2, close);
                ids.add(new Identifier(start, text.length()));
                at = close + 2;
            }
            if (ids.isEmpty()) {
                throw new IllegalStateException(set.positive + " line " + (i + 1) + " marks no identifier");
            }
            out.add(new Sample(category, text.toString(), ids, i + 1));
        }
        return out;
    }

    static List<String> negatives(CorpusSet set) {
        return lines(set.negative).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static List<String> lines(String name) {
        try (InputStream in = PhiCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("corpus file " + name + " not found beside " + PhiCorpus.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The phi findings of one post, offsets relative to the post text. */
    static List<Problem> findings(String post, PhiStrictness strictness) {
        try {
            var t = Tweetorials.parse(FRONT_MATTER + post, Path.of("."));
            return Linter.lint(t, LintOptions.defaults().withPhiStrictness(strictness)).stream()
                    .filter(p -> p.ruleId().startsWith("phi-")).toList();
        } catch (TweetorialException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean detects(Problem p, PhiCategory category, Identifier id) {
        int base = FRONT_MATTER.length();
        int start = p.range().startOffset() - base;
        int end = p.range().endOffset() - base;
        if (RULE_CATEGORY.get(p.ruleId()) != category) {
            return false;
        }
        return DESCRIBED.contains(category) ? start < id.end() && id.start() < end
                : start <= id.start() && end >= id.end();
    }

    static Result measure(PhiStrictness strictness) {
        return measure(strictness, CorpusSet.DEVELOPMENT);
    }

    static Result measure(PhiStrictness strictness, CorpusSet set) {
        Map<PhiCategory, int[]> per = new EnumMap<>(PhiCategory.class);
        List<String> misses = new ArrayList<>();
        for (Sample s : positives(set)) {
            List<Problem> found = findings(s.text(), strictness);
            for (Identifier id : s.identifiers()) {
                int[] counts = per.computeIfAbsent(s.category(), c -> new int[2]);
                counts[1]++;
                if (found.stream().anyMatch(p -> detects(p, s.category(), id))) {
                    counts[0]++;
                } else {
                    misses.add("line " + s.line() + " " + s.category() + " '" + s.text().substring(id.start(),
                            id.end()) + "' in: " + s.text() + " -> " + found.stream().map(p -> p.ruleId() + "@"
                                    + (p.range().startOffset() - FRONT_MATTER.length()) + "-"
                                    + (p.range().endOffset() - FRONT_MATTER.length())).toList());
                }
            }
        }
        List<String> alarms = new ArrayList<>();
        List<String> negatives = negatives(set);
        for (String post : negatives) {
            List<Problem> found = findings(post, strictness);
            if (!found.isEmpty()) {
                alarms.add(post + " -> " + found.stream().map(p -> p.ruleId() + " " + p.message()).toList());
            }
        }
        return new Result(per, negatives.size(), alarms, misses);
    }

    /** A Markdown table of the measurement, for docs/PHI.md. */
    static String table(Map<PhiStrictness, Result> results) {
        StringBuilder sb = new StringBuilder("| category |");
        results.keySet().forEach(l -> sb.append(' ').append(l.name().toLowerCase()).append(" |"));
        sb.append("\n|---|").append("---|".repeat(results.size())).append('\n');
        for (PhiCategory c : PhiCategory.values()) {
            sb.append("| ").append(c.label()).append(" |");
            for (Result r : results.values()) {
                int[] a = r.perCategory().get(c);
                sb.append(String.format(" %d/%d (%.0f%%) |", a[0], a[1], 100.0 * a[0] / a[1]));
            }
            sb.append('\n');
        }
        sb.append("| **recall, all** |");
        results.values().forEach(r -> sb.append(String.format(" **%d/%d (%.1f%%)** |", r.found(), r.total(),
                100 * r.recall())));
        sb.append("\n| **false alarms** (negative posts with any phi finding) |");
        results.values().forEach(r -> sb.append(String.format(" **%d/%d (%.1f%%)** |", r.falseAlarms().size(),
                r.negatives(), 100 * r.falseAlarmRate())));
        return sb.append('\n').toString();
    }
}
