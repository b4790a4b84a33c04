/** Lint results as markers, and their quick fixes. */
package org.tweetorial.ui.internal.problems;
