package org.tweetorial.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.tweetorial.core.model.SourceRange;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.analysis.PostSummary;

/** One folding region per post (and one for the front matter); unchanged regions keep their collapsed state. */
final class PostFolding {

    private final ProjectionViewer viewer;

    PostFolding(ProjectionViewer viewer) {
        this.viewer = viewer;
    }

    void update(DocumentSnapshot snapshot) {
        ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
        IDocument document = viewer.getDocument();
        if (model == null || document == null || !snapshot.text().equals(document.get())) {
            return;
        }
        Set<Position> wanted = new HashSet<>(regions(snapshot, document));
        Map<Annotation, Position> existing = new HashMap<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            existing.put(annotation, model.getPosition(annotation));
        }
        List<Annotation> removed = new ArrayList<>();
        existing.forEach((annotation, position) -> {
            if (!wanted.remove(position)) {
                removed.add(annotation);
            }
        });
        Map<ProjectionAnnotation, Position> added = new HashMap<>();
        wanted.forEach(position -> added.put(new ProjectionAnnotation(), position));
        if (!removed.isEmpty() || !added.isEmpty()) {
            model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
        }
    }

    private static List<Position> regions(DocumentSnapshot snapshot, IDocument document) {
        List<Position> regions = new ArrayList<>();
        snapshot.tweetorial().flatMap(t -> t.frontMatter().range())
                .ifPresent(range -> addLines(regions, document, range));
        for (PostSummary summary : snapshot.posts()) {
            if (!summary.post().generated()) {
                addLines(regions, document, summary.post().range());
            }
        }
        return regions;
    }

    private static void addLines(List<Position> regions, IDocument document, SourceRange range) {
        if (range.startOffset() < 0 || range.endOffset() > document.getLength()) {
            return;
        }
        try {
            int firstLine = document.getLineOfOffset(range.startOffset());
            int lastLine = document.getLineOfOffset(Math.max(range.startOffset(), range.endOffset() - 1));
            if (lastLine <= firstLine) {
                return;
            }
            int start = document.getLineOffset(firstLine);
            int end = document.getLineOffset(lastLine) + document.getLineLength(lastLine);
            regions.add(new Position(start, end - start));
        } catch (BadLocationException e) {
            // a stale range: skip it, the next snapshot brings fresh ones
        }
    }
}
