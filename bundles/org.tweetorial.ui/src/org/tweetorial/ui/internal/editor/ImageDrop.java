package org.tweetorial.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.dnd.IDragAndDropService;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.TextEdit;
import org.tweetorial.ui.internal.problems.DocumentEdits;

/**
 * An image file dropped on (or pasted into) the editor: copied into the project's {@code images/} folder, inserted
 * as {@code ![](images/NAME "Credit: …")} with the caret in the alt text, after asking who to credit.
 */
public final class ImageDrop {

    static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "webp");

    private ImageDrop() {
    }

    /** Accepts image files dropped on the editor's text. */
    static void install(TweetorialEditor editor, StyledText text) {
        IDragAndDropService dnd = editor.getSite().getService(IDragAndDropService.class);
        if (dnd == null) {
            return;
        }
        dnd.addMergedDropTarget(text, DND.DROP_COPY | DND.DROP_DEFAULT, new Transfer[] { FileTransfer.getInstance() },
                new DropTargetAdapter() {
                    @Override
                    public void dragEnter(DropTargetEvent event) {
                        if (event.detail == DND.DROP_DEFAULT) {
                            event.detail = DND.DROP_COPY;
                        }
                    }

                    @Override
                    public void drop(DropTargetEvent event) {
                        if (event.data instanceof String[] files && files.length > 0) {
                            Point at = text.toControl(event.x, event.y);
                            int offset = text.getOffsetAtPoint(at);
                            insert(editor, List.of(files).stream().map(Path::of).toList(),
                                    offset < 0 ? text.getCaretOffset() : offset, credit -> askCredit(editor, credit));
                        }
                    }
                });
    }

    /**
     * Copies the images into {@code images/} beside the tweetorial and inserts their Markdown at {@code offset}, as
     * one undoable change, with the caret in the first alt text.
     *
     * @param askCredit given the file name, returns the credit to show, or null to leave it to fill in
     * @return the inserted Markdown, empty when nothing was inserted
     */
    public static Optional<String> insert(TweetorialEditor editor, List<Path> files, int offset,
            UnaryOperator<String> askCredit) {
        Path images = editor.baseDir().resolve("images");
        StringBuilder markdown = new StringBuilder();
        for (Path file : files) {
            String type = extension(file);
            if (!IMAGE_TYPES.contains(type)) {
                MessageDialog.openInformation(editor.getSite().getShell(), "Insert image", file.getFileName()
                        + " is not an image a platform accepts: use PNG, JPEG, GIF or WebP.");
                continue;
            }
            try {
                Path copy = copyInto(images, file);
                String credit = askCredit.apply(file.getFileName().toString());
                markdown.append(markdown.isEmpty() ? "" : "\n").append("![](images/").append(copy.getFileName())
                        .append(" \"Credit: ").append(credit == null ? "" : credit.replace("\"", "'")).append("\")");
            } catch (IOException e) {
                MessageDialog.openError(editor.getSite().getShell(), "Insert image", "Could not copy "
                        + file.getFileName() + " into " + images + ": " + e.getMessage());
            }
        }
        if (markdown.isEmpty()) {
            return Optional.empty();
        }
        String inserted = lineStart(editor, offset) ? markdown + "\n" : "\n" + markdown + "\n";
        try {
            DocumentEdits.apply(editor.document(), new Fix("Insert image", List.of(new TextEdit(offset, 0, inserted))));
        } catch (BadLocationException e) {
            return Optional.empty();
        }
        refresh(editor);
        editor.selectAndReveal(offset + inserted.indexOf("![") + 2, 0);
        return Optional.of(inserted);
    }

    private static boolean lineStart(TweetorialEditor editor, int offset) {
        try {
            return offset == 0 || editor.document().getChar(offset - 1) == '\n';
        } catch (BadLocationException e) {
            return true;
        }
    }

    /**
     * Copies the file into the folder under its own name (spaces made dashes, as Markdown links need), or NAME-2.EXT,
     * NAME-3.EXT... when another file has that name.
     */
    static Path copyInto(Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString().strip().replaceAll("\\s+", "-");
        if (file.toAbsolutePath().normalize().getParent().equals(folder.toAbsolutePath().normalize())) {
            return file; // already in images/
        }
        int dot = name.lastIndexOf('.');
        Path target = folder.resolve(name);
        for (int n = 2; Files.exists(target) && Files.mismatch(target, file) != -1; n++) {
            target = folder.resolve(name.substring(0, dot) + "-" + n + name.substring(dot));
        }
        if (!Files.exists(target)) {
            Files.copy(file, target);
        }
        return target;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String askCredit(TweetorialEditor editor, String fileName) {
        InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Credit for " + fileName,
                "Who made this image? The credit is shown on the card and in the handout (for example"
                        + " \"A. Author, CC BY 4.0\" or \"own work\").", "", null);
        return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
    }

    private static void refresh(TweetorialEditor editor) {
        if (editor.file() == null) {
            return;
        }
        IContainer parent = editor.file().getParent();
        try {
            parent.getFolder(new org.eclipse.core.runtime.Path("images")).refreshLocal(IResource.DEPTH_ONE, null);
        } catch (CoreException e) {
            // the file is on disk; the Project Explorer shows it at the next refresh
        }
    }
}
