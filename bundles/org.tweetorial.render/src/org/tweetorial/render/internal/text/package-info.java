/** Bundled fonts, grapheme and emoji segmentation, bidi detection and text fitting with real font metrics. */
package org.tweetorial.render.internal.text;
