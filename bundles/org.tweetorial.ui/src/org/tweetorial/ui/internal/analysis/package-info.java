/** Parsing and linting of open tweetorials in the background, and the state the views share. */
package org.tweetorial.ui.internal.analysis;
