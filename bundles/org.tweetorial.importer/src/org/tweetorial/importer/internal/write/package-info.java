/**
 * Writing an imported thread: its tweetorial Markdown, its images, and the manifest of what was written, so that a
 * file the user edited is never overwritten. Every file is written atomically (temporary file, then move).
 */
package org.tweetorial.importer.internal.write;
