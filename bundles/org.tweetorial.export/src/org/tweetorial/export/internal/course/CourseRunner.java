package org.tweetorial.export.internal.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.tweetorial.export.CourseEntry;
import org.tweetorial.export.CourseListener;
import org.tweetorial.export.CourseRequest;
import org.tweetorial.export.CourseResult;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportListener;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.ExportResult;
import org.tweetorial.export.Exporter;
import org.tweetorial.export.internal.AtomicFiles;

/**
 * Exports a course's tweetorials on {@code workers} threads, each with an exporter of its own (an exporter is not
 * for concurrent use), then writes {@code index.html} in the sources' order, whatever order they finished in.
 */
public final class CourseRunner {

    private final CourseRequest request;
    private final CourseListener listener;
    /** Exporters not in use; a worker takes one (or makes one) per tweetorial and puts it back. */
    private final ConcurrentLinkedQueue<Exporter> idle = new ConcurrentLinkedQueue<>();
    private final List<Exporter> all = new ArrayList<>();
    private final AtomicInteger done = new AtomicInteger();

    public CourseRunner(CourseRequest request, CourseListener listener) {
        this.request = request;
        this.listener = listener;
    }

    public CourseResult run() throws ExportException {
        Path folder = request.outputDir().toAbsolutePath().normalize();
        List<CourseSources.Source> sources = CourseSources.find(request.inputs(), folder);
        createFolder(folder);
        List<CourseEntry> entries = exportAll(sources, folder);
        try {
            AtomicFiles.write(folder.resolve(CourseIndexWriter.FILE_NAME),
                    CourseIndexWriter.write(request.displayTitle(), IndexRows.of(entries)));
        } catch (IOException | RuntimeException e) {
            throw new ExportException(ExportException.Reason.FAILED, folder.resolve(CourseIndexWriter.FILE_NAME)
                    + " could not be written: " + e.getMessage());
        }
        return new CourseResult(folder, entries);
    }

    private static void createFolder(Path folder) throws ExportException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ExportException(ExportException.Reason.BAD_REQUEST, folder
                    + ": cannot be used as the course folder: " + e.getMessage());
        }
    }

    private List<CourseEntry> exportAll(List<CourseSources.Source> sources, Path folder) throws ExportException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.workers(), sources.size()),
                Thread.ofPlatform().name("tweetorial-course-", 1).daemon(true).factory());
        try {
            List<Future<CourseEntry>> futures = new ArrayList<>();
            for (CourseSources.Source s : sources) {
                futures.add(pool.submit(() -> exportOne(s, folder, sources.size())));
            }
            List<CourseEntry> entries = new ArrayList<>();
            for (Future<CourseEntry> f : futures) {
                entries.add(f.get());
            }
            return entries;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException(ExportException.Reason.FAILED, "the course export was interrupted");
        } catch (ExecutionException e) {
            throw new ExportException(ExportException.Reason.FAILED, "the course export failed: " + e.getCause(),
                    List.of(), e.getCause());
        } finally {
            pool.shutdownNow();
            closeExporters();
        }
    }

    private CourseEntry exportOne(CourseSources.Source s, Path folder, int total) {
        Exporter exporter = take();
        CourseEntry entry;
        try {
            ExportResult result = exporter.export(request(s, folder), ExportListener.SILENT);
            entry = CourseEntry.exported(s.file(), s.folderName(), result);
        } catch (ExportException e) {
            entry = CourseEntry.failed(s.file(), s.folderName(), e);
        } catch (RuntimeException e) {
            entry = CourseEntry.failed(s.file(), s.folderName(), new ExportException(ExportException.Reason.FAILED,
                    s.file() + ": internal error: " + e + "; please report it with this file", List.of(), e));
        } finally {
            idle.add(exporter);
        }
        listener.finished(s.file(), entry.result().isPresent(), done.incrementAndGet(), total);
        return entry;
    }

    private ExportRequest request(CourseSources.Source s, Path folder) {
        ExportRequest r = request.options().apply(ExportRequest.of(s.file()));
        EnumSet<ExportArtifact> artifacts = EnumSet.copyOf(r.artifacts());
        artifacts.add(ExportArtifact.JSON);
        artifacts.add(ExportArtifact.CARDS);
        return r.withArtifacts(artifacts).withOutputDir(folder.resolve(s.folderName()));
    }

    private Exporter take() {
        Exporter e = idle.poll();
        if (e != null) {
            return e;
        }
        Exporter created = Exporter.create();
        synchronized (all) {
            all.add(created);
        }
        return created;
    }

    private void closeExporters() {
        synchronized (all) {
            all.forEach(Exporter::close);
            all.clear();
        }
    }
}
