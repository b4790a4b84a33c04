package org.tweetorial.importer;

import java.util.List;

/**
 * What writing one thread did.
 *
 * @param tweetorial the Markdown file of the thread (beside the edited one when the user had edited it)
 * @param files      every file considered: the Markdown file first, then its images
 * @param messages   one sentence each for what the user should know (an edited file kept, the import beside it)
 * @param problems   one sentence each for what could not be imported (an image that could not be read)
 */
public record ImportReport(WrittenFile tweetorial, List<WrittenFile> files, List<String> messages,
        List<String> problems) {

    public ImportReport {
        files = List.copyOf(files);
        messages = List.copyOf(messages);
        problems = List.copyOf(problems);
    }
}
