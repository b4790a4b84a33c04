/** Plain-text threads, and the thread numbering ("1/", "2/10", "🧵") that imported posts lose. */
package org.tweetorial.importer.internal.text;
