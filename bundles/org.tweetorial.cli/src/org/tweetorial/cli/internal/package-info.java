/** The headless {@code tweetorial} application: argument dispatch and its entry points (OSGi and plain class path). */
package org.tweetorial.cli.internal;
