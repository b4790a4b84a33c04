package org.tweetorial.ui.internal.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.Themes;

/** Author profile (used where the front matter names none), default platforms, card theme and size, Mastodon limit, patient-identifier checks. */
public final class TweetorialPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.tweetorial.ui.preferences";

    public TweetorialPreferencePage() {
        super(GRID);
        setDescription("How your threads are previewed, checked and rendered.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(TweetorialPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new StringFieldEditor(TweetorialPreferences.AUTHOR_NAME, "Author &name:", parent));
        addField(new StringFieldEditor(TweetorialPreferences.AUTHOR_HANDLE, "&Handle (e.g. @drsmith):", parent));
        FileFieldEditor avatar = new FileFieldEditor(TweetorialPreferences.AUTHOR_AVATAR, "&Avatar image:", true,
                parent);
        avatar.setFileExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.gif" });
        avatar.setEmptyStringAllowed(true);
        addField(avatar);
        addField(new ComboFieldEditor(TweetorialPreferences.DEFAULT_PLATFORMS, "Default &platforms:",
                new String[][] { { "X and Bluesky", "x,bluesky" }, { "X", "x" }, { "Bluesky", "bluesky" },
                        { "Mastodon", "mastodon" }, { "X, Bluesky and Mastodon", "x,bluesky,mastodon" } },
                parent));
        addField(new ComboFieldEditor(TweetorialPreferences.DEFAULT_THEME,
                "Card &theme (when the file names none):", themeChoices(), parent));
        addField(new ComboFieldEditor(TweetorialPreferences.DEFAULT_CARD_SIZE,
                "Card &size (when the file names none):", sizeChoices(), parent));
        IntegerFieldEditor mastodon = new IntegerFieldEditor(TweetorialPreferences.MASTODON_LIMIT,
                "&Mastodon instance limit (characters):", parent);
        mastodon.setValidRange(100, 100_000);
        mastodon.getTextControl(parent).setToolTipText(
                "Used for counts, the ruler and problems unless the file's front matter sets mastodon_limit");
        addField(mastodon);
        addField(new ComboFieldEditor(TweetorialPreferences.PHI_STRICTNESS, "Patient &identifier check:",
                new String[][] { { "Relaxed: strong patterns only", PhiStrictness.RELAXED.name() },
                        { "Normal", PhiStrictness.NORMAL.name() },
                        { "Strict: also weak hints (dates, initials with age)", PhiStrictness.STRICT.name() } },
                parent));
    }

    private static String[][] themeChoices() {
        return Themes.builtInNames().stream().map(name -> new String[] { name, name }).toArray(String[][]::new);
    }

    private static String[][] sizeChoices() {
        return CardSize.presets().entrySet().stream()
                .map(e -> new String[] { e.getKey() + " (" + e.getValue() + ")", e.getKey() })
                .sorted((a, b) -> a[0].compareTo(b[0])).toArray(String[][]::new);
    }
}
