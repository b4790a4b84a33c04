package org.tweetorial.core.model;

import java.util.Optional;

/**
 * A source cited by a post: a footnote ({@code label} is its label) or an inline DOI/PMID ({@code label} is the
 * identifier itself). {@code number} is its number in the references post, 1-based, in order of first citation.
 */
public record Citation(int number, String label, String text, Optional<String> doi, Optional<String> pmid,
        Optional<String> url) {
}
