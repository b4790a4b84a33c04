package org.tweetorial.ui.internal.spelling;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.spelling.SpellingProblem;
import org.tweetorial.core.spelling.WordLists;

/**
 * A quick fix that accepts a word without changing the text, then removes the word's spelling annotations (the
 * next check no longer reports it).
 */
abstract sealed class WordListProposal implements ICompletionProposal {

    final String word;
    final SpellingSession session;
    private final ISourceViewer viewer;

    WordListProposal(String word, SpellingSession session, ISourceViewer viewer) {
        this.word = word;
        this.session = session;
        this.viewer = viewer;
    }

    /** Accepts the word; false if that failed (the user has been told). */
    abstract boolean accept();

    @Override
    public final void apply(IDocument document) {
        if (accept() && viewer != null) {
            SpellingProblem.removeAll(viewer, word);
        }
    }

    @Override
    public final Point getSelection(IDocument document) {
        return null;
    }

    @Override
    public String getAdditionalProposalInfo() {
        return null;
    }

    @Override
    public final Image getImage() {
        return null;
    }

    @Override
    public final IContextInformation getContextInformation() {
        return null;
    }

    /** "Add 'word' to the project dictionary": core writes the sorted word list; the workspace is refreshed. */
    static final class AddToProjectDictionary extends WordListProposal {

        AddToProjectDictionary(String word, SpellingSession session, ISourceViewer viewer) {
            super(word, session, viewer);
        }

        @Override
        public String getDisplayString() {
            return "Add '" + word + "' to the project dictionary";
        }

        @Override
        public String getAdditionalProposalInfo() {
            return "Writes " + WordLists.projectDictionary(session.baseDir()) + " (one word a line, sorted; commit it"
                    + " with the project).";
        }

        @Override
        boolean accept() {
            Path file = WordLists.projectDictionary(session.baseDir());
            try {
                WordLists.add(file, word);
            } catch (IOException e) {
                MessageDialog.openError(null, "Add to Dictionary", "Could not add '" + word + "' to " + file + ": "
                        + e.getMessage() + ". Check that the folder is writable, or add the word by hand.");
                return false;
            }
            refresh(file);
            return true;
        }

        /** Lets the workspace see the new or changed file (its folder may be new too). */
        private static void refresh(Path file) {
            var root = ResourcesPlugin.getWorkspace().getRoot();
            for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
                for (IContainer c : root.findContainersForLocationURI(dir.toUri())) {
                    try {
                        c.refreshLocal(IResource.DEPTH_ONE, null);
                        Path below = dir.relativize(file.getParent());
                        if (!below.toString().isEmpty()) {
                            c.getFolder(org.eclipse.core.runtime.IPath.fromOSString(below.toString()))
                                    .refreshLocal(IResource.DEPTH_INFINITE, null);
                        }
                    } catch (CoreException e) {
                        // the file is written; the workspace shows it at its next refresh
                    }
                }
                if (root.findContainersForLocationURI(dir.toUri()).length > 0) {
                    return;
                }
            }
        }
    }

    /** "Ignore 'word' in this file": for as long as the editor is open. */
    static final class IgnoreInFile extends WordListProposal {

        IgnoreInFile(String word, SpellingSession session, ISourceViewer viewer) {
            super(word, session, viewer);
        }

        @Override
        public String getDisplayString() {
            return "Ignore '" + word + "' in this file";
        }

        @Override
        public String getAdditionalProposalInfo() {
            return "Until the editor is closed; to keep it, add it to the project dictionary.";
        }

        @Override
        boolean accept() {
            session.ignore(word);
            return true;
        }
    }
}
