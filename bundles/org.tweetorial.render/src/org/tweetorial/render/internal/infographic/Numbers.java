package org.tweetorial.render.internal.infographic;

import java.math.BigDecimal;

/** Numbers as authors write them: no trailing zeros, no scientific notation. */
final class Numbers {

    private Numbers() {
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        String s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** "0.74 (0.65 to 0.85)". */
    static String interval(double est, double low, double high) {
        return format(est) + " (" + format(low) + " to " + format(high) + ")";
    }
}
