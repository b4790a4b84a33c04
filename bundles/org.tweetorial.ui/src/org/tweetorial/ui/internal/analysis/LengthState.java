package org.tweetorial.ui.internal.analysis;

import org.tweetorial.core.platform.Count;

/** How a post's length compares with a platform's limit. */
public enum LengthState {
    OK, NEAR_LIMIT, OVER_LIMIT;

    private static final double NEAR_FRACTION = 0.9;

    public static LengthState of(Count count) {
        if (count == null) {
            return OK;
        }
        if (!count.fits()) {
            return OVER_LIMIT;
        }
        return count.length() >= count.limit() * NEAR_FRACTION ? NEAR_LIMIT : OK;
    }
}
