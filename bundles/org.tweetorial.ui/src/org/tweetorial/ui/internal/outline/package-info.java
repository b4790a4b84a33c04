/** The outline of a tweetorial: its posts, numbered, with their counts. */
package org.tweetorial.ui.internal.outline;
