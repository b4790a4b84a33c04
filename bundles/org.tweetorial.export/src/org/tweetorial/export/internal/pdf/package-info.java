/**
 * PDF output with Apache PDFBox: bundled fonts with per-character fallback, tagged (accessible) page content, document
 * metadata, the handout and the slide deck.
 */
package org.tweetorial.export.internal.pdf;
