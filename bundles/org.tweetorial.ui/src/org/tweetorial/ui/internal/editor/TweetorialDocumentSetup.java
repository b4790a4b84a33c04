package org.tweetorial.ui.internal.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;

/** Gives every tweetorial document the tweetorial partitioning when its file buffer is created. */
public final class TweetorialDocumentSetup implements IDocumentSetupParticipant {

    @Override
    public void setup(IDocument document) {
        TweetorialPartitions.install(document);
    }
}
