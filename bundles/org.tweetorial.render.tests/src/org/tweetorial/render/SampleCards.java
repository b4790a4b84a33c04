package org.tweetorial.render;

import java.util.List;

import org.tweetorial.render.Card.Column;

/** One realistic card per layout (a thread on sepsis recognition), shared by tests, the benchmark and docs. */
public final class SampleCards {

    public static final Card.Byline BYLINE = new Card.Byline("Dr Amara Okafor", "@amara_em", "");
    public static final int TOTAL = 10;

    private SampleCards() {
    }

    public static List<Card> all() {
        return List.of(title(), keyPoint(), stat(), list(), image(), quote(), comparison(), visualAbstract(),
                references(), closing());
    }

    public static Card title() {
        return Card.builder(new Card.Title("Sepsis in 10 posts: spotting it early saves lives",
                "qSOFA, lactate and the first hour \u2014 a practical thread for students and residents"))
                .kicker("Tweetorial \uD83E\uDDF5").numbering(1, TOTAL).byline(BYLINE).build();
    }

    public static Card keyPoint() {
        return Card.builder(new Card.KeyPoint("Key point",
                "Sepsis is life-threatening organ dysfunction caused by a dysregulated host response to"
                        + " infection \u2014 not just infection plus fever.",
                List.of("Sepsis-3 definition, 2016.")))
                .kicker("Sepsis in 10 posts").numbering(2, TOTAL).byline(BYLINE).build();
    }

    public static Card stat() {
        return Card.builder(new Card.Stat("Why it matters", "1 in 5",
                "deaths worldwide is associated with sepsis \u2014 about 11 million a year",
                "Rudd KE et al. Lancet 2020;395:200-211"))
                .kicker("Sepsis in 10 posts").numbering(3, TOTAL).byline(BYLINE).build();
    }

    public static Card list() {
        return Card.builder(new Card.Items("The Hour-1 bundle \u23F1\uFE0F", List.of(
                "Measure lactate; re-measure if > 2 mmol/L",
                "Take blood cultures before antibiotics",
                "Give broad-spectrum antibiotics \uD83D\uDC8A",
                "30 mL/kg crystalloid for hypotension or lactate \u2265 4",
                "Vasopressors if MAP < 65 mmHg despite fluids")))
                .kicker("Sepsis in 10 posts").numbering(4, TOTAL).byline(BYLINE).build();
    }

    public static Card image() {
        return Card.builder(new Card.Figure("Mottling score", "images/mottling.svg",
                "Mottling that extends from the knee towards the thigh is associated with higher mortality.",
                "Figure: Ait-Oufella et al., ICM 2011 (redrawn)", ""))
                .kicker("Sepsis in 10 posts").numbering(5, TOTAL).byline(BYLINE).build();
    }

    public static Card quote() {
        return Card.builder(new Card.Quote("Time is tissue. Every hour of delay in antibiotics for septic shock is"
                + " associated with a measurable increase in mortality.", "Surviving Sepsis Campaign, 2021"))
                .kicker("Sepsis in 10 posts").numbering(6, TOTAL).byline(BYLINE).build();
    }

    public static Card comparison() {
        return Card.builder(new Card.Comparison("qSOFA vs SIRS",
                new Column("qSOFA", List.of("Resp. rate \u2265 22/min", "Altered mentation",
                        "Systolic BP \u2264 100 mmHg", "Bedside, no labs")),
                new Column("SIRS", List.of("Temp > 38 or < 36 \u00B0C", "Heart rate > 90/min",
                        "Resp. rate > 20/min", "WBC > 12 or < 4 \u00D7 10\u2079/L"))))
                .kicker("Sepsis in 10 posts").numbering(7, TOTAL).byline(BYLINE).build();
    }

    public static Card visualAbstract() {
        return Card.builder(new Card.VisualAbstract("SMART",
                "Does balanced crystalloid reduce death or kidney injury vs saline in critically ill adults?",
                "N = 15,802 ICU adults", "Cluster-randomised, multiple-crossover trial", "Balanced crystalloids",
                "0.9% saline", "MAKE30: death, new dialysis or persistent kidney dysfunction",
                "14.3% vs 15.4% (OR 0.90; 95% CI 0.82\u20130.99)",
                "Balanced crystalloids lowered the composite of death, new dialysis or persistent kidney"
                        + " dysfunction.", "N Engl J Med 2018;378:829-839", "10.1056/NEJMoa1711584"))
                .kicker("Sepsis in 10 posts").numbering(8, TOTAL).byline(BYLINE).build();
    }

    public static Card references() {
        return Card.builder(new Card.References("References", List.of(
                "Singer M, et al. The Third International Consensus Definitions for Sepsis and Septic Shock"
                        + " (Sepsis-3). JAMA. 2016;315(8):801-810.",
                "Rudd KE, et al. Global, regional, and national sepsis incidence and mortality, 1990-2017. Lancet."
                        + " 2020;395:200-211.",
                "Evans L, et al. Surviving Sepsis Campaign: international guidelines 2021. Crit Care Med."
                        + " 2021;49(11):e1063-e1143.",
                "Semler MW, et al. Balanced crystalloids versus saline in critically ill adults (SMART). N Engl J"
                        + " Med. 2018;378:829-839.")))
                .kicker("Sepsis in 10 posts").numbering(9, TOTAL).byline(BYLINE).build();
    }

    public static Card closing() {
        return Card.builder(new Card.Closing("Think sepsis. Act within the hour. \uD83D\uDCAA", List.of(
                "Save this thread, share it with your team, and tell me which bedside sign you teach first.")))
                .kicker("Sepsis in 10 posts").numbering(10, TOTAL).byline(BYLINE).build();
    }

    /** Cards mixing scripts, emoji sequences and combining marks. */
    public static List<Card> international() {
        return List.of(
                Card.builder(new Card.KeyPoint("\u591A\u8BED\u8A00 \u00B7 \u591A\u8A00\u8A9E",
                        "\u8D25\u8840\u75C7\u662F\u5371\u53CA\u751F\u547D\u7684\u5668\u5B98\u529F\u80FD"
                                + "\u969C\u788D\u3002\u654C\u8840\u75C7\u306F\u751F\u547D\u3092\u8105\u304B\u3059"
                                + "\u81D3\u5668\u969C\u5BB3\u3067\u3059\u3002\uD83E\uDE7A", List.of()))
                        .numbering(1, 4).byline(BYLINE).build(),
                Card.builder(new Card.KeyPoint("\u05E2\u05D1\u05E8\u05D9\u05EA",
                        "\u05D0\u05DC\u05D7 \u05D4\u05D9\u05D0 \u05D0\u05D9"
                                + " \u05EA\u05E4\u05E7\u05D5\u05D3 \u05D0\u05D9\u05D1\u05E8\u05D9\u05DD"
                                + " \u05DE\u05E1\u05DB\u05DF \u05D7\u05D9\u05D9\u05DD (Sepsis-3)"
                                + " \u05D4\u05E0\u05D2\u05E8\u05DD \u05DE\u05D6\u05D9\u05D4\u05D5\u05DD.", List.of()))
                        .numbering(2, 4).byline(BYLINE).build(),
                Card.builder(new Card.KeyPoint("\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
                        "\u0627\u0644\u0625\u0646\u062A\u0627\u0646 \u0647\u0648 \u062E\u0644\u0644"
                                + " \u0641\u064A \u0648\u0638\u0627\u0626\u0641"
                                + " \u0627\u0644\u0623\u0639\u0636\u0627\u0621"
                                + " \u064A\u0647\u062F\u062F \u0627\u0644\u062D\u064A\u0627\u0629"
                                + " \u0628\u0633\u0628\u0628"
                                + " \u0639\u062F\u0648\u0649 (qSOFA \u2265 2).", List.of()))
                        .numbering(3, 4).byline(BYLINE).build(),
                Card.builder(new Card.Items("Emoji & marks \uD83C\uDDEC\uD83C\uDDED", List.of(
                        "Families: \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 and skin tones"
                                + " \uD83D\uDC4B\uD83C\uDFFD\uD83D\uDC4D\uD83C\uDFFF",
                        "Keycaps 1\uFE0F\u20E3 2\uFE0F\u20E3 #\uFE0F\u20E3 and hearts"
                                + " \u2764\uFE0F\u200D\uD83D\uDD25",
                        "Flags \uD83C\uDDF3\uD83C\uDDEC \uD83C\uDDEF\uD83C\uDDF5"
                                + " \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
                        "Combining: Vie\u0323\u0302t, Z\u0327\u0306, n\u0303, a\u0308\u0301 and caf\u00E9")))
                        .numbering(4, 4).byline(BYLINE).build());
    }
}
