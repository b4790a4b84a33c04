package org.tweetorial.ui.internal.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.ui.TweetorialUi;
import org.tweetorial.ui.internal.cards.CardContent;
import org.tweetorial.ui.internal.cards.CardExportJob;
import org.tweetorial.ui.internal.cards.CardStyle;

/**
 * Exports a tweetorial file into a folder: the chosen outputs, in a cancelable user job with progress. When done,
 * {@code whenDone} receives the files written (on the job's thread).
 */
public final class ExportJob extends Job {

    private final Path source;
    private final Path folder;
    private final Set<ExportOutput> outputs;
    private final CardStyle cardStyle;
    private final Consumer<List<Path>> whenDone;

    public ExportJob(Path source, Path folder, Set<ExportOutput> outputs, CardStyle cardStyle,
            Consumer<List<Path>> whenDone) {
        super("Exporting " + source.getFileName());
        this.source = source;
        this.folder = folder;
        this.outputs = outputs.isEmpty() ? EnumSet.noneOf(ExportOutput.class) : EnumSet.copyOf(outputs);
        this.cardStyle = cardStyle;
        this.whenDone = whenDone;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10 + 10 * outputs.size());
        try {
            progress.subTask("Reading " + source.getFileName());
            Tweetorial tweetorial = Tweetorials.parse(source);
            progress.worked(10);
            List<Path> written = new ArrayList<>();
            String baseName = baseName();
            for (ExportOutput output : outputs) {
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                written.addAll(write(output, tweetorial, baseName, progress.split(10)));
            }
            whenDone.accept(written);
            return Status.OK_STATUS;
        } catch (TweetorialException e) {
            return Status.error(e.getMessage());
        } catch (IOException e) {
            return Status.error("Could not write to " + folder + ": " + e.getMessage(), e);
        }
    }

    private List<Path> write(ExportOutput output, Tweetorial tweetorial, String baseName, SubMonitor monitor)
            throws IOException {
        return switch (output) {
            case THREAD_TEXT -> ThreadTextWriter.write(tweetorial, baseName, folder);
            case HANDOUT -> List.of(HandoutWriter.write(tweetorial, baseName, folder));
            case CARDS -> CardExportJob.writeAll(cards(tweetorial), cardStyle, tweetorial.baseDir(),
                    folder.resolve(baseName + "-cards"), monitor);
            case SLIDES -> List.of();
        };
    }

    private static List<CardContent> cards(Tweetorial tweetorial) {
        String title = tweetorial.frontMatter().title().orElse("");
        String handle = tweetorial.frontMatter().handle().orElse("");
        return tweetorial.posts().stream().filter(p -> p.card().isPresent())
                .map(p -> CardContent.of(p, tweetorial.posts().size(), title, handle)).toList();
    }

    private String baseName() {
        String name = source.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    @Override
    public boolean belongsTo(Object family) {
        return TweetorialUi.PLUGIN_ID.equals(family);
    }
}
