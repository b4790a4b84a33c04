package org.tweetorial.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.tweetorial.ui.internal.cards.WorkbenchCards;
import org.tweetorial.ui.internal.editor.TweetorialEditor;

/**
 * What happens once the first tweetorial editor is open and editable: with the system property
 * {@value #PROPERTY}{@code =FILE}, the milliseconds since the JVM started are written to FILE (for
 * {@code releng/bench/workbench-startup.sh} and the installed-package test), and with {@value #CLOSE_PROPERTY}
 * {@code =true} the workbench then closes as File > Exit does, saving its state, so that the next start is a real
 * later start (the editor restored); otherwise Batik and the card fonts are warmed up in a background job, so that
 * the first card preview comes quickly without delaying the start.
 */
public final class StartupProbe {

    /** System property naming the file to write the start-up time to. */
    public static final String PROPERTY = "tweetorial.startupProbe";
    /** System property: close the workbench once the time is written. */
    public static final String CLOSE_PROPERTY = "tweetorial.startupProbe.close";

    private static final AtomicBoolean DONE = new AtomicBoolean();

    private StartupProbe() {
    }

    /** Called on the UI thread when an editor's controls exist; acts once per run. */
    public static void editorShown(TweetorialEditor editor) {
        if (editor.document() == null || !editor.isEditable() || !DONE.compareAndSet(false, true)) {
            return;
        }
        long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isBlank()) {
            try {
                Files.writeString(Path.of(file), elapsed + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                ILog.of(StartupProbe.class).warn("Could not write the start-up time to " + file + ": " + e);
            }
        }
        if (Boolean.getBoolean(CLOSE_PROPERTY)) {
            editor.getSite().getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
            return;
        }
        Job warmUp = Job.create("Preparing card rendering", monitor -> {
            WorkbenchCards.warmUp();
            return Status.OK_STATUS;
        });
        warmUp.setSystem(true);
        warmUp.setPriority(Job.DECORATE);
        warmUp.schedule(200);
    }
}
