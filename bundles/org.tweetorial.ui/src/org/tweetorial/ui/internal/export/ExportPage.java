package org.tweetorial.ui.internal.export;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tweetorial.core.Infographics;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.PaperSize;
import org.tweetorial.export.SlideNotes;
import org.tweetorial.render.CardSettings;
import org.tweetorial.ui.internal.cards.CardChoiceLists;

/** The file exported, the output folder, the files to write, the card theme and size, paper and slide notes. */
final class ExportPage extends WizardPage {

    private static final Map<ExportArtifact, String> LABELS = new EnumMap<>(Map.of(
            ExportArtifact.TEXT, "Thread text, ready to paste (thread.txt)",
            ExportArtifact.JSON, "Thread as JSON, for scheduling tools (thread.json)",
            ExportArtifact.CARDS, "Card images, PNG (cards/)",
            ExportArtifact.ALT, "Alt text of every image and card (alt-text.txt)",
            ExportArtifact.HANDOUT, "Handout with teaching notes and references, PDF (handout.pdf)",
            ExportArtifact.SLIDES, "Slide deck, one card per slide, PDF (slides.pdf)",
            ExportArtifact.PPTX, "Slide deck for PowerPoint and Impress, with speaker notes (slides.pptx)"));
    private static final String[] PAPERS = { "As in the front matter (else A4)", "A4", "US Letter" };
    private static final String[] NOTES = { "As annotations on each slide", "As a notes page after each slide" };

    private final Path source;
    private final Path defaultFolder;
    private final boolean unsavedChanges;

    private final Map<ExportArtifact, Button> artifactButtons = new EnumMap<>(ExportArtifact.class);
    private Text folderText;
    private Button everything;
    private Combo paper;
    private Combo theme;
    private Combo size;
    private Combo notes;
    private final ExportChoices remembered;

    ExportPage(Path source, Path defaultFolder, boolean unsavedChanges) {
        super("export");
        this.source = source;
        this.defaultFolder = defaultFolder;
        this.unsavedChanges = unsavedChanges;
        this.remembered = ExportChoices.load(source);
        setTitle("Export " + source.getFileName());
        setDescription("Write the thread, its cards, a handout and slides into one folder.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.verticalSpacing = 8;
        area.setLayout(layout);
        new Label(area, SWT.NONE).setText("Output folder:");
        folderText = new Text(area, SWT.BORDER);
        folderText.setText(remembered.folder().orElse(defaultFolder.toString()));
        GridData folderData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        folderData.widthHint = 380;
        folderText.setLayoutData(folderData);
        folderText.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse\u2026");
        browse.addListener(SWT.Selection, e -> browse());

        Group files = new Group(area, SWT.NONE);
        files.setText("Files");
        files.setLayout(new GridLayout(1, false));
        files.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        everything = checkbox(files, "Everything");
        everything.addListener(SWT.Selection, e -> selectEverything(everything.getSelection()));
        for (ExportArtifact artifact : ExportArtifact.values()) {
            Button button = checkbox(files, LABELS.getOrDefault(artifact, artifact.fileName()));
            ((GridData) button.getLayoutData()).horizontalIndent = 20;
            button.setSelection(remembered.artifacts().map(a -> a.contains(artifact)).orElse(true));
            button.addListener(SWT.Selection, e -> {
                everything.setSelection(outputs().size() == ExportArtifact.values().length);
                validate();
            });
            artifactButtons.put(artifact, button);
        }
        everything.setSelection(outputs().size() == ExportArtifact.values().length);

        theme = combo(area, "Card theme:", CardChoiceLists.themes(), remembered.theme());
        size = combo(area, "Card size:", CardChoiceLists.sizes(), remembered.size());
        paper = combo(area, "Handout paper:", List.of(PAPERS), remembered.paper());
        notes = combo(area, "Slide notes:", List.of(NOTES), remembered.notes());
        if (Infographics.isInfographic(source)) {
            forInfographic(files);
        }
        setControl(area);
        validate();
    }

    /**
     * An infographic file exports as {@code export} does: infographic.png, infographic.pdf and alt-text.txt, in the
     * file's size and the theme chosen here (or its own); the thread's files and card settings do not apply.
     */
    private void forInfographic(Group files) {
        setDescription("An infographic: writes infographic.png, infographic.pdf and alt-text.txt into one folder.");
        files.setText("Files (an infographic writes infographic.png, infographic.pdf and alt-text.txt)");
        everything.setEnabled(false);
        artifactButtons.values().forEach(button -> button.setEnabled(false));
        size.setEnabled(false);
        paper.setEnabled(false);
        notes.setEnabled(false);
    }

    private static Combo combo(Composite area, String label, List<String> items, int selected) {
        new Label(area, SWT.NONE).setText(label);
        Combo combo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items.toArray(String[]::new));
        combo.select(selected >= 0 && selected < items.size() ? selected : 0);
        combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        return combo;
    }

    /** Remembers this page's choices for the next export of the same file. */
    void remember() {
        new ExportChoices(Optional.of(folderText.getText().strip()), Optional.of(outputs()), theme.getSelectionIndex(),
                size.getSelectionIndex(), paper.getSelectionIndex(), notes.getSelectionIndex()).save(source);
    }

    /** The theme and size chosen here; none where the page says "As the file says". */
    CardSettings.Choices cardChoices() {
        return CardChoiceLists.choices(theme, size);
    }

    SlideNotes slideNotes() {
        return notes.getSelectionIndex() == 1 ? SlideNotes.PAGE : SlideNotes.ANNOTATION;
    }

    private static Button checkbox(Composite area, String text) {
        Button button = new Button(area, SWT.CHECK);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        return button;
    }

    private void selectEverything(boolean all) {
        artifactButtons.values().forEach(button -> button.setSelection(all));
        validate();
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setFilterPath(folderText.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            folderText.setText(chosen);
        }
    }

    private void validate() {
        String error = null;
        if (folderText.getText().isBlank()) {
            error = "Choose an output folder.";
        } else if (outputs().isEmpty()) {
            error = "Choose at least one file to write.";
        } else if (source.getParent() != null && source.getParent().equals(folder().toAbsolutePath().normalize())) {
            error = "Choose a folder of its own: an export replaces the folder's content.";
        }
        setErrorMessage(error);
        if (error == null) {
            setMessage(unsavedChanges ? "The editor has unsaved changes; the saved file is exported." : null,
                    IMessageProvider.WARNING);
        }
        setPageComplete(error == null);
    }

    Set<ExportArtifact> outputs() {
        Set<ExportArtifact> chosen = EnumSet.noneOf(ExportArtifact.class);
        artifactButtons.forEach((artifact, button) -> {
            if (button.getSelection()) {
                chosen.add(artifact);
            }
        });
        return chosen;
    }

    Optional<PaperSize> paper() {
        return switch (paper.getSelectionIndex()) {
            case 1 -> Optional.of(PaperSize.A4);
            case 2 -> Optional.of(PaperSize.LETTER);
            default -> Optional.empty();
        };
    }

    Path folder() {
        return Path.of(folderText.getText().strip());
    }

    Path source() {
        return source;
    }
}
