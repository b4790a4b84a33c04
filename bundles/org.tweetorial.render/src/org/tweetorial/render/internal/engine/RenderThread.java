package org.tweetorial.render.internal.engine;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one thread of the JVM that calls Batik (its font cache is not thread-safe): every renderer, the vector
 * painter and the emoji rasteriser hand their Batik work to it, so a workbench, an export and a command running
 * side by side never use Batik from two threads.
 */
public final class RenderThread {

    private static final AtomicReference<Thread> THREAD = new AtomicReference<>();
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tweetorial-card-renderer");
        t.setDaemon(true);
        THREAD.set(t);
        return t;
    });

    private RenderThread() {
    }

    /** Whether the caller is the render thread. */
    static boolean isCurrent() {
        return Thread.currentThread() == THREAD.get();
    }

    static void execute(Runnable task) {
        WORKER.execute(task);
    }

    /**
     * Runs the task on the render thread and waits (runs it at once when already there).
     *
     * @throws ExecutionException wrapping whatever the task threw, errors included
     */
    static <T> T call(Callable<T> task) throws ExecutionException, InterruptedException {
        if (isCurrent()) {
            try {
                return task.call();
            } catch (Exception e) {
                throw new ExecutionException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        WORKER.execute(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get();
    }
}
