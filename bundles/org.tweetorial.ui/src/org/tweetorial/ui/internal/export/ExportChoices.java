package org.tweetorial.ui.internal.export;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.ui.PlatformUI;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.ui.TweetorialUi;

/**
 * The export page's last choices for one file (folder, files, theme, size, paper, notes), kept in the workbench's
 * dialog settings under the file's path; list choices are kept as indexes into the page's lists.
 */
record ExportChoices(Optional<String> folder, Optional<Set<ExportArtifact>> artifacts, int theme, int size,
        int paper, int notes) {

    private static final String SECTION = "exportChoices";

    static ExportChoices load(Path file) {
        IDialogSettings s = section(file, false);
        if (s == null) {
            return new ExportChoices(Optional.empty(), Optional.empty(), 0, 0, 0, 0);
        }
        Optional<Set<ExportArtifact>> artifacts = Optional.ofNullable(s.getArray("artifacts")).map(ids -> {
            Set<ExportArtifact> set = EnumSet.noneOf(ExportArtifact.class);
            for (String id : ids) {
                ExportArtifact.byId(id).ifPresent(set::add);
            }
            return set;
        });
        return new ExportChoices(Optional.ofNullable(s.get("folder")), artifacts, index(s, "theme"),
                index(s, "size"), index(s, "paper"), index(s, "notes"));
    }

    void save(Path file) {
        IDialogSettings s = section(file, true);
        folder.ifPresent(f -> s.put("folder", f));
        artifacts.ifPresent(a -> s.put("artifacts", a.stream().map(ExportArtifact::id).toArray(String[]::new)));
        s.put("theme", theme);
        s.put("size", size);
        s.put("paper", paper);
        s.put("notes", notes);
    }

    private static int index(IDialogSettings s, String key) {
        try {
            return s.get(key) == null ? 0 : s.getInt(key);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static IDialogSettings section(Path file, boolean create) {
        IDialogSettings root = PlatformUI.isWorkbenchRunning()
                ? PlatformUI.getDialogSettingsProvider(org.eclipse.core.runtime.Platform.getBundle(
                        TweetorialUi.PLUGIN_ID)).getDialogSettings()
                : new DialogSettings("transient");
        IDialogSettings all = root.getSection(SECTION);
        if (all == null) {
            if (!create) {
                return null;
            }
            all = root.addNewSection(SECTION);
        }
        String key = file.toAbsolutePath().normalize().toString();
        IDialogSettings one = all.getSection(key);
        return one != null || !create ? one : all.addNewSection(key);
    }
}
