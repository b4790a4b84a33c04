/** Lint engine internals: the shared context and the rule registry. */
package org.tweetorial.core.internal.lint;
