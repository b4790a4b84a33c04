package org.tweetorial.core.internal.parse;

import java.util.List;
import java.util.Optional;

import org.tweetorial.core.model.Block;
import org.tweetorial.core.model.CardDirective;
import org.tweetorial.core.model.Citation;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.SourceRange;

/** One chunk's post content before numbering and hashtags. */
record ParsedChunk(SourceRange range, String markdown, Optional<String> heading, String body, List<Block> blocks,
        List<ImageRef> images, List<String> notes, Optional<CardDirective> card, List<Citation> citations,
        boolean definitionsOnly) {
}
