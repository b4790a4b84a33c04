package org.tweetorial.core;

import java.nio.file.Path;

import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;

public final class SmokeMain {
    public static void main(String[] args) throws Exception {
        String text = """
                ---
                title: Frank-Starling
                platforms: [x, bluesky, mastodon]
                numbering: n/N
                hashtags: [MedEd, FOAMed]
                foo: bar
                mastodon_limit: lots
                ---
                # Why does the heart pump more when filled more?

                A **thread** on the *Frank–Starling* law[^1]. See https://doi.org/10.1056/NEJMra1234567

                <!-- card: layout=stat value="1 in 3" caption="patients" -->
                ---
                - more stretch
                - more force
                  1. nested
                * star bullet

                Note: ask learners first.

                ![Pressure-volume loop](images/pv.png "Credit: me")
                ---
                > The heart is a pump.
                >
                > — William Harvey

                [^1]: Starling EH. The Linacre lecture on the law of the heart. 1918. PMID: 12345678
                """;
        Tweetorial t = Tweetorials.parse(text, Path.of("."));
        for (Post p : t.posts()) {
            System.out.println("--- " + p.number() + " " + p.range() + " heading=" + p.heading() + " card=" + p.card());
            System.out.println(p.postedText());
            System.out.println("blocks=" + p.blocks() + " images=" + p.images() + " notes=" + p.notes()
                    + " cites=" + p.citations());
        }
        Tweetorials.check(t, LintOptions.defaults()).forEach(System.out::println);
    }
}
