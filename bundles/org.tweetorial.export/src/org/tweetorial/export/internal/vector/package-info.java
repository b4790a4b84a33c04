/**
 * Vector slides: a card's SVG (from the render bundle's public API) is built into a Batik GVT tree and painted onto
 * PDFBox through the {@code de.rototor.pdfbox.graphics2d} bridge, so shapes and glyph outlines stay vectors.
 */
package org.tweetorial.export.internal.vector;
