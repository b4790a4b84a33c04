/** The sub-commands of the {@code tweetorial} command line, each a plain {@link Command}. */
package org.tweetorial.cli.internal.commands;
