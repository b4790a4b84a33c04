/**
 * Exports a tweetorial into one folder: the thread as text and JSON, card images, alt text, a PDF handout and a
 * PDF slide deck.
 * <p>
 * The entry point is {@link org.tweetorial.export.Exporter#export(ExportRequest, ExportListener)}. An export is
 * atomic (the folder appears complete or not at all), never modifies the source and, with
 * {@code SOURCE_DATE_EPOCH} set, is byte-for-byte reproducible. It first runs the
 * {@link org.tweetorial.export.SafetyCheck} and writes nothing while that finds something blocking (possible patient
 * identifiers, placeholder alt text, missing images); the workbench shows the same report before exporting.
 */
package org.tweetorial.export;
