package org.tweetorial.export;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

import org.tweetorial.core.Infographics;
import org.tweetorial.export.internal.ExportRunner;
import org.tweetorial.export.internal.LibraryLogging;
import org.tweetorial.export.internal.OutputFolderPolicy;
import org.tweetorial.export.internal.infographic.InfographicWriter;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.infographic.InfographicRenderer;

/**
 * Exports tweetorials. An exporter owns a card renderer (and its cache); reuse one for several exports and close it
 * at the end. Not for concurrent use.
 */
public final class Exporter implements AutoCloseable {

    static {
        LibraryLogging.quiet();
    }

    private final CardRenderer renderer;
    private InfographicRenderer infographicRenderer;

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
        if (Infographics.isInfographic(request.source())) {
            listener.stepStarted("infographic", 1, 1);
            return exportInfographic(new InfographicRequest(request.source(), request.outputDir()
                    .orElseGet(() -> defaultFolder(request.source())), Optional.empty(), request.cardChoices().theme(),
                    EnumSet.of(InfographicRequest.Format.PNG, InfographicRequest.Format.PDF),
                    request.allowPatientIdentifiers()));
        }
        return new ExportRunner(renderer, artifact -> { }).run(request, listener);
    }

    /**
     * Writes an infographic's files (an ordinary thread becomes its one-page summary) into the request's folder,
     * replacing it only when everything was written.
     */
    public ExportResult exportInfographic(InfographicRequest request) throws ExportException {
        return new InfographicWriter(infographics()).write(request);
    }

    private InfographicRenderer infographics() {
        if (infographicRenderer == null) {
            infographicRenderer = InfographicRenderer.create();
        }
        return infographicRenderer;
    }

    @Override
    public void close() {
        renderer.close();
    }
}
