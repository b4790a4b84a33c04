package org.tweetorial.cli.internal.commands;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** Where a command reads and writes: machine output on {@code out}, messages on {@code err}. */
public record CommandContext(PrintStream out, PrintStream err, InputStream in, Path workingDir) {
}
