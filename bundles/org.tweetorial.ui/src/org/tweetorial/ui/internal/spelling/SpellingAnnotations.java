package org.tweetorial.ui.internal.spelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.ui.texteditor.spelling.ISpellingProblemCollector;
import org.eclipse.ui.texteditor.spelling.SpellingAnnotation;
import org.eclipse.ui.texteditor.spelling.SpellingProblem;

/** Collects one check's problems and replaces the editor's spelling annotations with them in one step. */
final class SpellingAnnotations implements ISpellingProblemCollector {

    private final IAnnotationModel model;
    private Map<Annotation, Position> added = new HashMap<>();

    SpellingAnnotations(IAnnotationModel model) {
        this.model = model;
    }

    @Override
    public void beginCollecting() {
        added = new HashMap<>();
    }

    @Override
    public void accept(SpellingProblem problem) {
        added.put(new SpellingAnnotation(problem), new Position(problem.getOffset(), problem.getLength()));
    }

    @Override
    public void endCollecting() {
        Object lock = model instanceof ISynchronizable s && s.getLockObject() != null ? s.getLockObject() : model;
        synchronized (lock) {
            List<Annotation> old = new ArrayList<>();
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Annotation a = it.next();
                if (SpellingAnnotation.TYPE.equals(a.getType())) {
                    old.add(a);
                }
            }
            if (model instanceof IAnnotationModelExtension extension) {
                extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
            } else {
                old.forEach(model::removeAnnotation);
                added.forEach(model::addAnnotation);
            }
        }
    }
}
