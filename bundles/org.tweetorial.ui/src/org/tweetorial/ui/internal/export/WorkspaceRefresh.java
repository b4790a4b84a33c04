package org.tweetorial.ui.internal.export;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;

/**
 * Makes files written outside the workspace API (by the exporter) visible in the Project Explorer: a workspace job
 * of its own, scheduled with the refresh rule of the folder's parent, so it never runs inside another job's rule.
 */
final class WorkspaceRefresh {

    private WorkspaceRefresh() {
    }

    /** Refreshes every workspace container at this location and its parent (the folder may be new); no-op outside. */
    static void folder(Path folder) {
        IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot()
                .findContainersForLocationURI(folder.toAbsolutePath().getParent().toUri());
        if (containers.length == 0) {
            return;
        }
        ISchedulingRule[] rules = new ISchedulingRule[containers.length];
        for (int i = 0; i < containers.length; i++) {
            rules[i] = ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(containers[i]);
        }
        WorkspaceJob job = new WorkspaceJob("Showing the exported files") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                for (IContainer container : containers) {
                    container.refreshLocal(IResource.DEPTH_INFINITE, monitor);
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(MultiRule.combine(rules));
        job.setSystem(true);
        job.schedule();
    }
}
