/** Reading the files of an archive, whether a folder, a zip or a truncated zip. */
package org.tweetorial.importer.internal.files;
