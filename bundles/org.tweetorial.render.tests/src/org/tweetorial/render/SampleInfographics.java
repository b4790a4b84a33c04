package org.tweetorial.render;

/** Infographic sources for tests, benchmarks and docs. */
public final class SampleInfographics {

    /**
     * A banner, an icon array of 100 (23 and 7 highlighted), a bar chart of four values, a forest plot on a log
     * scale with a pooled row, and a footer.
     */
    public static final String CHARTS = """
            ---
            kind: infographic
            title: Sample
            licence: CC BY 4.0
            ---
            # A sample infographic with every chart

            Subtitle line

            ---

            <!-- panel: icon-array total=100 icon=person rest="no event" -->
            ## Out of 100

            - 23 had a stroke
            - 7 had a bleed

            ---

            <!-- panel: bar-chart unit=% -->
            ## Mortality

            | Group | Deaths |
            |---|---|
            | Ventilated | 29.3 |
            | Oxygen | 23.3 |
            | None | 17.8 |
            | Other | 4.5 |

            ---

            <!-- panel: forest favours-left="Favours A" favours-right="Favours B" -->
            ## Subgroups

            | Subgroup | HR | Lower | Upper |
            |---|---|---|---|
            | First | 0.64 | 0.51 | 0.81 |
            | Second | 0.82 | 0.72 | 0.94 |
            | Third | 1.19 | 0.92 | 1.55 |
            | **Overall** | 0.83 | 0.75 | 0.93 |

            ---

            ## References

            - One reference. J 2021;1:1.
            """;

    private SampleInfographics() {
    }
}
