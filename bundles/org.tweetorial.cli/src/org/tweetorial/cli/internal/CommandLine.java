package org.tweetorial.cli.internal;

import java.util.List;
import java.util.Optional;

import org.tweetorial.cli.internal.commands.Command;
import org.tweetorial.cli.internal.commands.CommandContext;

/**
 * Dispatches the arguments of the {@code tweetorial} command to a {@link Command}. Handles {@code --help},
 * {@code --version} and unknown commands itself. Plain Java so that it is unit-testable without OSGi.
 */
public final class CommandLine {

    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;

    private final String version;
    private final List<Command> commands;

    public CommandLine(String version, List<Command> commands) {
        this.version = version;
        this.commands = List.copyOf(commands);
    }

    public int run(List<String> args, CommandContext ctx) {
        if (args.isEmpty()) {
            printHelp(ctx);
            return EXIT_USAGE;
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (first) {
            case "--help", "-h", "help" -> {
                return rest.isEmpty() ? help(ctx) : helpFor(rest.get(0), ctx);
            }
            case "--version", "-V", "version" -> {
                ctx.out().println("Tweetorial Studio " + version);
                return EXIT_OK;
            }
            default -> {
                return dispatch(first, rest, ctx);
            }
        }
    }

    private int dispatch(String name, List<String> rest, CommandContext ctx) {
        Optional<Command> command = find(name);
        if (command.isEmpty()) {
            ctx.err().println("tweetorial: unknown command '" + name + "'. Run 'tweetorial --help' to see the commands.");
            return EXIT_USAGE;
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            ctx.out().println(command.get().usage());
            return EXIT_OK;
        }
        return command.get().run(rest, ctx);
    }

    private int help(CommandContext ctx) {
        printHelp(ctx);
        return EXIT_OK;
    }

    private int helpFor(String name, CommandContext ctx) {
        Optional<Command> command = find(name);
        if (command.isEmpty()) {
            ctx.err().println("tweetorial: no help for unknown command '" + name + "'.");
            return EXIT_USAGE;
        }
        ctx.out().println(command.get().usage());
        return EXIT_OK;
    }

    private Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private void printHelp(CommandContext ctx) {
        var out = ctx.out();
        out.println("Tweetorial Studio " + version + ": write, check and export teaching threads.");
        out.println();
        out.println("Usage: tweetorial <command> [options]");
        out.println("       tweetorial studio [WORKSPACE]   start the workbench");
        out.println("       tweetorial test                 run all tests");
        out.println();
        out.println("Commands:");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        String row = "  %-" + Math.max(width, 9) + "s  %s%n";
        for (Command c : commands) {
            out.printf(row, c.name(), c.summary());
        }
        out.printf(row, "--help", "this overview; 'tweetorial help COMMAND' for one");
        out.printf(row, "--version", "print the version");
    }
}
