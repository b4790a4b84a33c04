package org.tweetorial.ui.internal.importer;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.tweetorial.importer.ImportException;
import org.tweetorial.importer.ImportReport;
import org.tweetorial.importer.ImportedThread;
import org.tweetorial.importer.Importer;

/**
 * File &gt; Import &gt; Tweetorial &gt; Tweetorials from an archive…: the threads ticked on {@link ImportSourcePage}
 * are written by the headless {@link Importer} into the selected project or folder, the workspace is refreshed and
 * the first file opened. What the importer reports (an edited file kept) is shown once at the end.
 */
public final class ImportArchiveWizard extends Wizard implements IImportWizard {

    public static final String ID = "org.tweetorial.ui.importArchive";
    private IContainer target;
    private ImportSourcePage page;
    private final List<IFile> imported = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private boolean quiet;

    public ImportArchiveWizard() {
        setWindowTitle("Import Tweetorials");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IResource resource = first instanceof IAdaptable a ? a.getAdapter(IResource.class) : null;
        if (resource instanceof IFile file) {
            target = file.getParent();
        } else if (resource instanceof IContainer container && !(container.getType() == IResource.ROOT)) {
            target = container;
        } else {
            for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                if (project.isOpen()) {
                    target = project;
                    break;
                }
            }
        }
    }

    /** Imports into this project or folder. */
    public void setTarget(IContainer container) {
        target = container;
    }

    /** No dialog at the end (tests). */
    public void setQuiet(boolean quietEnd) {
        quiet = quietEnd;
    }

    @Override
    public void addPages() {
        page = new ImportSourcePage(target == null ? "(no open project: create one first)"
                : target.getFullPath().toString());
        addPage(page);
    }

    /** The wizard's page, once {@link #addPages()} ran. */
    public ImportSourcePage page() {
        return page;
    }

    /** The files the last finish wrote, the Markdown files only. */
    public List<IFile> imported() {
        return List.copyOf(imported);
    }

    @Override
    public boolean performFinish() {
        if (target == null || target.getLocation() == null) {
            page.setErrorMessage("Select a project (or a folder in one) to import into.");
            return false;
        }
        List<ImportedThread> threads = page.chosen();
        java.nio.file.Path folder = target.getLocation().toFile().toPath();
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Importing " + threads.size() + " thread(s)", threads.size());
                for (ImportedThread thread : threads) {
                    try {
                        ImportReport report = Importer.write(thread, folder);
                        messages.addAll(report.messages());
                        messages.addAll(report.problems());
                        imported.add(target.getFile(new Path(folder.relativize(report.tweetorial().path())
                                .toString())));
                    } catch (ImportException e) {
                        throw new InvocationTargetException(e);
                    }
                    monitor.worked(1);
                }
                monitor.done();
            });
            target.refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (InvocationTargetException e) {
            page.setErrorMessage(e.getCause() == null ? e.toString() : e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (CoreException e) {
            page.setErrorMessage("Imported, but the workspace could not be refreshed: " + e.getMessage());
        }
        open();
        if (!messages.isEmpty() && !quiet) {
            MessageDialog.openInformation(getShell(), "Import Tweetorials", String.join("\n\n", messages));
        }
        return true;
    }

    private void open() {
        IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (workbenchPage != null && !imported.isEmpty()) {
            try {
                IDE.openEditor(workbenchPage, imported.get(0));
            } catch (PartInitException e) {
                page.setErrorMessage("Imported, but " + imported.get(0).getName() + " could not be opened: "
                        + e.getMessage());
            }
        }
    }
}
