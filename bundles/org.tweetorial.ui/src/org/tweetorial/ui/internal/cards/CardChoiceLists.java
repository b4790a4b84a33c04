package org.tweetorial.ui.internal.cards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.tweetorial.render.CardSettings;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.Themes;

/**
 * The theme and size lists the Cards view and the export dialog offer: "As the file says" first (the thread's own
 * settings), then the built-in themes or the size presets; and the explicit choices such a pair of lists makes.
 */
public final class CardChoiceLists {

    public static final String AS_THE_FILE_SAYS = "As the file says";

    private CardChoiceLists() {
    }

    public static List<String> themes() {
        return withFileChoice(Themes.builtInNames());
    }

    public static List<String> sizes() {
        return withFileChoice(new ArrayList<>(CardSize.presets().keySet()));
    }

    /** The lists' explicit choices: none where a list says "As the file says". */
    public static CardSettings.Choices choices(Combo theme, Combo size) {
        CardSettings.Choices choices = CardSettings.Choices.none();
        if (theme.getSelectionIndex() > 0) {
            choices = choices.withTheme(theme.getText());
        }
        if (size.getSelectionIndex() > 0) {
            choices = choices.withSize(size.getText());
        }
        return choices;
    }

    private static List<String> withFileChoice(List<String> values) {
        List<String> all = new ArrayList<>();
        all.add(AS_THE_FILE_SAYS);
        all.addAll(values);
        return all;
    }
}
