package org.tweetorial.core.model;

import java.util.Optional;

/** An image of a post: {@code ![alt](path "credit")}. The alt text is the image description. */
public record ImageRef(String alt, String path, Optional<String> credit, SourceRange range) {
}
