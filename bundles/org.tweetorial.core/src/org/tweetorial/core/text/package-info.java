/**
 * Text segmentation by the Unicode rules, for every place that counts, splits or wraps text: grapheme clusters
 * and words (UAX #29) and line-break opportunities (UAX #14, tailored by language), all through ICU4J. Entry
 * points: {@link org.tweetorial.core.text.Graphemes} and {@link org.tweetorial.core.text.TextSegmenter}.
 */
package org.tweetorial.core.text;
