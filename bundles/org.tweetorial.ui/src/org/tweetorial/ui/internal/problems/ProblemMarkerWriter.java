package org.tweetorial.ui.internal.problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.ui.internal.analysis.AnalysisSettings;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.analysis.SnapshotBuilder;

/**
 * Turns a snapshot's problems into markers on the file, in a workspace job (never on the UI thread). Only the latest
 * problems are written. Problems that only moved (text typed before them shifts their offsets) write nothing: while
 * the file is open, the editor's annotation model moves the markers along with the text and saves their positions.
 */
public final class ProblemMarkerWriter {

    private List<Key> written;
    private WriteJob job;

    /** What a marker shows, without the offsets that every keystroke before it changes. */
    private record Key(String ruleId, Object severity, String message, int line) {
        static List<Key> of(List<Problem> problems) {
            return problems.stream()
                    .map(p -> new Key(p.ruleId(), p.severity(), p.message(), p.range().startLine())).toList();
        }
    }

    /** Writes the markers of a linted snapshot; ignores snapshots not linted yet. */
    public void update(IFile file, DocumentSnapshot snapshot) {
        if (!snapshot.linted()) {
            return;
        }
        List<Problem> problems = snapshot.problems();
        List<Key> keys = Key.of(problems);
        if (keys.equals(written)) {
            return;
        }
        written = keys;
        if (job != null) {
            job.cancel();
        }
        job = new WriteJob(file, problems, snapshot.text());
        job.schedule();
    }

    /** Re-checks a file's saved content in the background and writes its markers (after closing unsaved). */
    public static void recheckSaved(IFile file, java.nio.file.Path baseDir) {
        AnalysisSettings settings = AnalysisSettings.fromPreferences();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(
                "Checking " + file.getName(), monitor -> {
                    if (!file.exists() || file.getLocation() == null) {
                        return Status.OK_STATUS;
                    }
                    try {
                        String text = java.nio.file.Files.readString(file.getLocation().toFile().toPath(),
                                java.nio.charset.StandardCharsets.UTF_8);
                        new ProblemMarkerWriter().update(file, new SnapshotBuilder(baseDir, settings).build(0, text));
                    } catch (java.io.IOException | java.io.UncheckedIOException e) {
                        return Status.warning("Could not check " + file.getName() + ": " + e.getMessage());
                    }
                    return Status.OK_STATUS;
                });
        job.setSystem(true);
        job.setPriority(org.eclipse.core.runtime.jobs.Job.DECORATE);
        job.schedule();
    }

    private static final class WriteJob extends WorkspaceJob {
        private final IFile file;
        private final List<Problem> problems;
        private final String text;

        WriteJob(IFile file, List<Problem> problems, String text) {
            super("Updating tweetorial problems");
            this.file = file;
            this.problems = problems;
            this.text = text;
            setSystem(true);
            // The file itself, not the (null) marker rule: a delete of the file waits for this job and
            // this job sees whether the file still exists once it holds the rule.
            setRule(file);
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            if (!file.exists() || monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            IWorkspaceRunnable write = m -> {
                if (!file.exists()) {
                    return;
                }
                file.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
                for (Problem problem : problems) {
                    file.createMarker(ProblemMarkers.TYPE, attributes(problem));
                }
            };
            ResourcesPlugin.getWorkspace().run(write, getRule(), IResource.NONE, monitor);
            return Status.OK_STATUS;
        }

        private Map<String, Object> attributes(Problem problem) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.MESSAGE, problem.message() + " [" + problem.ruleId() + "]");
            attributes.put(IMarker.SEVERITY, ProblemMarkers.severity(problem.severity()));
            attributes.put(IMarker.LINE_NUMBER, Math.max(1, problem.range().startLine()));
            attributes.put(IMarker.LOCATION, "line " + Math.max(1, problem.range().startLine()));
            attributes.put(ProblemMarkers.RULE_ID, problem.ruleId());
            int start = problem.range().startOffset();
            int end = problem.range().endOffset();
            if (start >= 0 && end >= start && end <= text.length()) {
                attributes.put(IMarker.CHAR_START, start);
                attributes.put(IMarker.CHAR_END, Math.max(end, Math.min(text.length(), start + 1)));
            }
            List<Fix> fixes = QuickFixes.fixesFor(problem, text);
            if (!fixes.isEmpty()) {
                attributes.put(ProblemMarkers.FIX_LABEL,
                        String.join("\n", fixes.stream().map(Fix::label).toList()));
            }
            return attributes;
        }
    }
}
