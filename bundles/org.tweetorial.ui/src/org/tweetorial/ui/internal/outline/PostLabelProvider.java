package org.tweetorial.ui.internal.outline;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.TextStyle;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.ui.internal.analysis.LengthState;
import org.tweetorial.ui.internal.analysis.PlatformChoice;
import org.tweetorial.ui.internal.analysis.PostSummary;
import org.tweetorial.ui.internal.editor.PostLengthColours;

/** "3  First words of the post…  212/280", the count in the colour of its state. */
final class PostLabelProvider extends LabelProvider implements IStyledLabelProvider {

    private static final int FIRST_WORDS = 48;

    private final java.util.function.IntFunction<PostSummary> rows;

    /** Labels {@link TweetorialOutlinePage.Row rows} with the post {@code rows} gives for their index. */
    PostLabelProvider(java.util.function.IntFunction<PostSummary> rows) {
        this.rows = rows;
    }

    @Override
    public String getText(Object element) {
        return getStyledText(element).getString();
    }

    @Override
    public StyledString getStyledText(Object element) {
        if (element instanceof PanelRows.PanelRow panel) {
            return new StyledString(panel.label());
        }
        PostSummary summary = element instanceof TweetorialOutlinePage.Row row ? rows.apply(row.index())
                : element instanceof PostSummary post ? post : null;
        if (summary == null) {
            return new StyledString(String.valueOf(element));
        }
        StyledString label = new StyledString(summary.post().number() + "  ", StyledString.COUNTER_STYLER);
        label.append(summary.firstWords(FIRST_WORDS));
        Platform platform = PlatformChoice.current();
        Count count = summary.count(platform);
        if (count != null) {
            LengthState state = LengthState.of(count);
            label.append("  " + count.length() + "/" + count.limit(), new StyledString.Styler() {
                @Override
                public void applyStyles(TextStyle style) {
                    style.foreground = PostLengthColours.color(state);
                }
            });
        }
        return label;
    }
}
