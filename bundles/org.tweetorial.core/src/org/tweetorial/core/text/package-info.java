/**
 * Text as the platforms and typesetters see it: grapheme clusters and words (UAX #29), line-break opportunities
 * (UAX #14, tailored by language), all through ICU4J ({@link org.tweetorial.core.text.Graphemes},
 * {@link org.tweetorial.core.text.TextSegmenter}); links, mentions and hashtags
 * ({@link org.tweetorial.core.text.Entities}).
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.tweetorial.core.text;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
