/** The Tweetorial Format guide reachable from the Help menu. */
package org.tweetorial.ui.internal.help;
