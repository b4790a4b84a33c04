package org.tweetorial.ui.internal.assist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.tweetorial.core.text.Entities;
import org.tweetorial.core.text.Entity;

/**
 * The hashtags and mentions used in a project's Markdown files, collected by a background job and offered by content
 * assist. The first request for a project starts the job; until it ends, only the open document's words are offered.
 */
public final class ProjectVocabulary {

    /** Hashtags and mentions of one project, each set sorted case-insensitively. */
    public record Words(Set<String> hashtags, Set<String> mentions) {
    }

    private static final Map<IProject, Words> CACHE = new ConcurrentHashMap<>();

    private ProjectVocabulary() {
    }

    /** The project's words known so far, plus those of the given text. Never blocks. */
    public static Words words(IProject project, String text) {
        Words known = project == null ? null : CACHE.get(project);
        if (project != null && known == null) {
            scheduleScan(project);
        }
        Words words = new Words(sorted(), sorted());
        collect(text, words);
        if (known != null) {
            words.hashtags().addAll(known.hashtags());
            words.mentions().addAll(known.mentions());
        }
        return words;
    }

    /** Forgets a project's words so that the next request scans it again. */
    public static void invalidate(IProject project) {
        CACHE.remove(project);
    }

    static void collect(String text, Words words) {
        for (Entity e : Entities.extract(text)) {
            switch (e.kind()) {
                case HASHTAG -> words.hashtags().add(e.text());
                case MENTION -> words.mentions().add(e.text());
                case URL -> { }
            }
        }
    }

    private static Set<String> sorted() {
        return new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    }

    private static void scheduleScan(IProject project) {
        Job job = Job.create("Collecting hashtags and mentions of " + project.getName(), monitor -> {
            CACHE.put(project, scan(project, monitor));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule();
    }

    private static Words scan(IProject project, IProgressMonitor monitor) {
        Words words = new Words(sorted(), sorted());
        try {
            project.accept(resource -> {
                if (monitor.isCanceled()) {
                    return false;
                }
                if (resource.getType() == IResource.FILE && "md".equalsIgnoreCase(resource.getFileExtension())) {
                    collect(read((IFile) resource), words);
                }
                return true;
            });
        } catch (CoreException e) {
            return words;
        }
        return words;
    }

    private static String read(IFile file) {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        } catch (IOException | CoreException e) {
            return "";
        }
    }

}
