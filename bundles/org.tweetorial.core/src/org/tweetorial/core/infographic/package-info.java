/**
 * One-page infographics: a Markdown file whose front matter says {@code kind: infographic}, its panels (the
 * sections between lines {@code ---}) typed as banner, key points, big number, icon array, bar chart, forest plot,
 * steps, comparison, visual abstract, quote, image or footer, and the problems found while reading it.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.tweetorial.core.infographic;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
