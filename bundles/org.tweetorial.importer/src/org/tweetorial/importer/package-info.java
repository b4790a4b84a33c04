/**
 * Imports threads already posted (an X data archive, a Bluesky repository export, a Mastodon archive or plain
 * text) as tweetorial Markdown files.
 * <p>
 * {@link org.tweetorial.importer.Importer#scan(java.nio.file.Path)} detects the kind of source and lists the
 * threads it holds ({@link org.tweetorial.importer.ImportedThread}: first post, date, length);
 * {@link org.tweetorial.importer.Importer#write(ImportedThread, java.nio.file.Path)} writes one thread as a
 * Markdown file with its images. Writing is deterministic and never overwrites a file the user edited. Headless:
 * no SWT.
 */
package org.tweetorial.importer;
