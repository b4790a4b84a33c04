package org.tweetorial.export;

import java.nio.file.Path;

import org.tweetorial.export.internal.ExportRunner;
import org.tweetorial.export.internal.LibraryLogging;
import org.tweetorial.export.internal.OutputFolderPolicy;
import org.tweetorial.render.CardRenderer;

/**
 * Exports tweetorials. An exporter owns a card renderer (and its cache); reuse one for several exports and close it
 * at the end. Not for concurrent use.
 */
public final class Exporter implements AutoCloseable {

    static {
        LibraryLogging.quiet();
    }

    private final CardRenderer renderer;

    private Exporter(CardRenderer renderer) {
        this.renderer = renderer;
    }

    public static Exporter create() {
        return new Exporter(CardRenderer.create());
    }

    /** The folder an export goes to without {@code outputDir}: {@code NAME-export/} next to {@code NAME.md}. */
    public static Path defaultFolder(Path source) {
        return OutputFolderPolicy.defaultFolder(source);
    }

    /**
     * The safety check an export of this request runs first, for showing it before exporting (the workbench's
     * export wizard). Reads and lints the source.
     *
     * @throws ExportException ({@link ExportException.Reason#BAD_INPUT}) when the source cannot be read or parsed
     */
    public static SafetyReport check(ExportRequest request) throws ExportException {
        return SafetyCheck.check(request.source(), SafetyCheck.Policy.of(request));
    }

    /**
     * Writes the requested files into the export folder, replacing a previous export only when everything
     * succeeded.
     *
     * @throws ExportException when nothing was written; the message names the file and says why. When the
     *                         {@linkplain #check safety check} finds something blocking, the reason is
     *                         {@link ExportException.Reason#UNSAFE} and the exception holds the report
     */
    public ExportResult export(ExportRequest request, ExportListener listener) throws ExportException {
        return new ExportRunner(renderer, artifact -> { }).run(request, listener);
    }

    @Override
    public void close() {
        renderer.close();
    }
}
