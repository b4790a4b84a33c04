package org.tweetorial.ui.internal.cards;

import java.util.Locale;
import java.util.Set;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.tweetorial.ui.internal.analysis.ActiveTweetorial;

/**
 * Follows the workspace's resource deltas: when an image (or a theme file) is added, changed or deleted, the card
 * and picture caches are dropped and the active tweetorial is analysed again, so the preview, the Cards view and
 * the problems show the change at once, as the next export would.
 */
public final class ProjectImageWatcher implements IResourceChangeListener {

    private static final Set<String> WATCHED = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "css",
            "properties");
    private static ProjectImageWatcher installed;

    private final Display display;

    private ProjectImageWatcher(Display display) {
        this.display = display;
    }

    /** Starts watching (once per workbench). */
    public static synchronized void install(Display display) {
        if (installed == null) {
            installed = new ProjectImageWatcher(display);
            ResourcesPlugin.getWorkspace().addResourceChangeListener(installed, IResourceChangeEvent.POST_CHANGE);
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null || !touchesPictures(event.getDelta())) {
            return;
        }
        CardThumbnails.invalidate();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                ActiveTweetorial.Source active = ActiveTweetorial.active();
                if (active != null) {
                    active.analyzer().reanalyse();
                }
            });
        }
    }

    private static boolean touchesPictures(IResourceDelta delta) {
        boolean[] found = { false };
        try {
            delta.accept(d -> {
                IResource resource = d.getResource();
                if (resource.getType() == IResource.FILE && isPicture(resource) && changesContent(d)) {
                    found[0] = true;
                }
                return !found[0];
            });
        } catch (CoreException e) {
            ILog.of(ProjectImageWatcher.class).warn("Could not read a workspace change: " + e.getMessage());
        }
        return found[0];
    }

    private static boolean isPicture(IResource resource) {
        String ext = resource.getFileExtension();
        return ext != null && WATCHED.contains(ext.toLowerCase(Locale.ROOT));
    }

    private static boolean changesContent(IResourceDelta d) {
        return d.getKind() != IResourceDelta.CHANGED
                || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
    }
}
