/** The plain-text and JSON files of an export. */
package org.tweetorial.export.internal.text;
