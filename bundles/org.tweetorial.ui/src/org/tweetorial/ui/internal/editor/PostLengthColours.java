package org.tweetorial.ui.internal.editor;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.tweetorial.ui.internal.analysis.LengthState;

/** The colour of each length state, the same in the ruler, the outline and the preview. */
public final class PostLengthColours {

    private PostLengthColours() {
    }

    public static RGB rgb(LengthState state) {
        return switch (state) {
            case OK -> TweetorialColors.OK;
            case NEAR_LIMIT -> TweetorialColors.NEAR_LIMIT;
            case OVER_LIMIT -> TweetorialColors.OVER_LIMIT;
        };
    }

    public static Color color(LengthState state) {
        return TweetorialColors.color(rgb(state));
    }
}
