package org.tweetorial.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tweetorial.cli.internal.commands.Command;
import org.tweetorial.cli.internal.commands.CommandContext;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), Path.of("."));
    private final RecordingCommand echo = new RecordingCommand();
    private final CommandLine commandLine = new CommandLine("1.2.3", List.of(echo));

    @Test
    void versionPrintsProductNameAndVersion() {
        assertEquals(0, commandLine.run(List.of("--version"), ctx));
        assertEquals("Tweetorial Studio 1.2.3", stdout().strip());
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, commandLine.run(List.of("--help"), ctx));
        assertTrue(stdout().contains("echo") && stdout().contains("repeats its arguments"), stdout());
    }

    @Test
    void noArgumentsShowsHelpAndIsAUsageError() {
        assertEquals(2, commandLine.run(List.of(), ctx));
        assertTrue(stdout().contains("Usage: tweetorial"), stdout());
    }

    @Test
    void dispatchesTheRestOfTheArgumentsToTheCommand() {
        assertEquals(7, commandLine.run(List.of("echo", "a", "b"), ctx));
        assertEquals(List.of("a", "b"), echo.received);
    }

    @Test
    void commandHelpShowsUsageWithoutRunningIt() {
        assertEquals(0, commandLine.run(List.of("echo", "--help"), ctx));
        assertEquals("usage: tweetorial echo ARGS...", stdout().strip());
        assertTrue(echo.received.isEmpty());
    }

    @Test
    void unknownCommandNamesItOnStderr() {
        assertEquals(2, commandLine.run(List.of("nope"), ctx));
        assertTrue(stderr().contains("unknown command 'nope'"), stderr());
        assertEquals("", stdout());
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final class RecordingCommand implements Command {
        final List<String> received = new ArrayList<>();

        @Override
        public String name() {
            return "echo";
        }

        @Override
        public String summary() {
            return "repeats its arguments";
        }

        @Override
        public String usage() {
            return "usage: tweetorial echo ARGS...";
        }

        @Override
        public int run(List<String> args, CommandContext ctx) {
            received.addAll(args);
            return 7;
        }
    }
}
