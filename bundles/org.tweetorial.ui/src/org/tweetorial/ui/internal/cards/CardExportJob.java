package org.tweetorial.ui.internal.cards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.tweetorial.ui.TweetorialUi;

/** Writes cards as PNG files ({@code card-03-stat.png}) in a cancelable job. */
public final class CardExportJob extends Job {

    private final List<CardContent> cards;
    private final CardStyle style;
    private final Path baseDir;
    private final Path folder;

    public CardExportJob(List<CardContent> cards, CardStyle style, Path baseDir, Path folder) {
        super("Exporting " + cards.size() + " cards");
        this.cards = List.copyOf(cards);
        this.style = style;
        this.baseDir = baseDir;
        this.folder = folder;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            writeAll(cards, style, baseDir, folder, monitor);
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (java.io.IOException e) {
            return Status.error("Could not write the cards to " + folder, e);
        }
    }

    /** Writes the cards into a folder, reporting progress; returns the files written. */
    public static List<Path> writeAll(List<CardContent> cards, CardStyle style, Path baseDir, Path folder,
            IProgressMonitor monitor) throws java.io.IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Rendering cards", cards.size());
        Files.createDirectories(folder);
        List<Path> written = new java.util.ArrayList<>();
        for (CardContent card : cards) {
            if (progress.isCanceled()) {
                break;
            }
            progress.subTask("Card of post " + card.postNumber());
            ImageData data = CardThumbnails.renderNow(card, style, style.width(), baseDir);
            Path file = folder.resolve(String.format("card-%02d-%s.png", card.postNumber(), card.layout()));
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
            written.add(file);
            progress.worked(1);
        }
        return written;
    }

    @Override
    public boolean belongsTo(Object family) {
        return TweetorialUi.PLUGIN_ID.equals(family);
    }
}
