package org.tweetorial.importer;

import java.util.List;

/**
 * What writing one thread did.
 *
 * @param tweetorial the Markdown file of the thread (beside the edited one when the user had edited it)
 * @param files      every file considered: the Markdown file first, then its images
 * @param messages   one sentence each for what the user should know (an edited file kept, an image missing)
 */
public record ImportReport(WrittenFile tweetorial, List<WrittenFile> files, List<String> messages) {

    public ImportReport {
        files = List.copyOf(files);
        messages = List.copyOf(messages);
    }
}
