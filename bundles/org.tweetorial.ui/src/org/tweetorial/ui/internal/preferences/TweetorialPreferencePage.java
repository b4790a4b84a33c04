package org.tweetorial.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.ui.internal.cards.CardStyles;

/** Author profile, default platforms, card theme and size, Mastodon limit, patient-identifier checks. */
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
        addField(new ComboFieldEditor(TweetorialPreferences.DEFAULT_THEME, "Card &theme:", CardStyles.themeChoices(),
                parent));
        addField(new ComboFieldEditor(TweetorialPreferences.DEFAULT_CARD_SIZE, "Card &size:",
                CardStyles.sizeChoices(), parent));
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
        addField(new BooleanFieldEditor(TweetorialPreferences.REMOTE_IMAGES,
                "Allow &remote (https) images in cards", parent));
    }
}
