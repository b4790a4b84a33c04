/** The headless {@code tweetorial} application: argument dispatch and the OSGi entry point. */
package org.tweetorial.cli.internal;
