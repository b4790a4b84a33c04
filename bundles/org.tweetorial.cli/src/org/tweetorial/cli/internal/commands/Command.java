package org.tweetorial.cli.internal.commands;

import java.util.List;

/** One sub-command of the headless {@code tweetorial} application. Plain Java: no OSGi, no SWT. */
public interface Command {

    /** The word that selects this command, e.g. {@code check}. */
    String name();

    /** One line for the command overview. */
    String summary();

    /** The full usage text shown by {@code tweetorial help NAME} and on bad options. */
    String usage();

    /** Runs the command; returns the process exit code (0 ok, 1 problems found, 2 bad input or options). */
    int run(List<String> args, CommandContext ctx);
}
