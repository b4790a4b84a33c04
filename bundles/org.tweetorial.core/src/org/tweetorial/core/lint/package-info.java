/** Lint: rules with stable ids, problems with ranges and fixes. Entry point: {@link Linter}. */
package org.tweetorial.core.lint;
