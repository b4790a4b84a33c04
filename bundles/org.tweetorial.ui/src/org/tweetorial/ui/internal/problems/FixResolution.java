package org.tweetorial.ui.internal.problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.ui.internal.analysis.ActiveTweetorial;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;

/**
 * Applies a marker's fix through the file's document (the one the editor shows, when open), as one undoable
 * change; the editor's next analysis then removes the marker.
 */
final class FixResolution implements IMarkerResolution2 {

    private final String label;
    /** The fix's position among the problem's fixes, used when no fix has the label any more. */
    private final int index;

    FixResolution(String label, int index) {
        this.label = label;
        this.index = index;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public String getDescription() {
        return label + ". Undo with Ctrl+Z.";
    }

    @Override
    public Image getImage() {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK);
    }

    @Override
    public void run(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file) || file.getLocation() == null) {
            return;
        }
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        boolean openElsewhere = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
        try {
            manager.connect(file.getFullPath(), LocationKind.IFILE, null);
            try {
                ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
                apply(marker, file, buffer.getDocument());
                if (!openElsewhere) {
                    buffer.commit(null, true);
                }
            } finally {
                manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
            }
        } catch (CoreException | BadLocationException e) {
            ILog.of(FixResolution.class).error("Could not apply the fix '" + label + "'", e);
        }
    }

    private void apply(IMarker marker, IFile file, IDocument document) throws BadLocationException {
        Path baseDir = file.getLocation().toFile().toPath().toAbsolutePath().getParent();
        List<Fix> fixes = FixLocator.locate(document.get(), latestSnapshot(document), baseDir,
                marker.getAttribute(ProblemMarkers.RULE_ID, ""), marker.getAttribute(IMarker.CHAR_START, -1),
                marker.getAttribute(IMarker.LINE_NUMBER, 1));
        Optional<Fix> fix = fixes.stream().filter(f -> f.label().equals(label)).findFirst()
                .or(() -> index < fixes.size() ? Optional.of(fixes.get(index)) : Optional.empty());
        if (fix.isPresent()) {
            DocumentEdits.apply(document, fix.get());
        }
    }

    private static DocumentSnapshot latestSnapshot(IDocument document) {
        ActiveTweetorial.Source source = ActiveTweetorial.active();
        return source != null && source.analyzer() != null && source.analyzer().document() == document
                ? source.analyzer().current()
                : null;
    }
}
