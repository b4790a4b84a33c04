package org.tweetorial.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Platform;

/** What the file commands share: exit codes, option values, loading the file. */
final class CommandSupport {

    static final int EXIT_OK = 0;
    static final int EXIT_PROBLEMS = 1;
    static final int EXIT_BAD_INPUT = 2;

    private CommandSupport() {
    }

    static Set<Platform> platforms(String list) throws Arguments.UsageException {
        Set<Platform> out = new LinkedHashSet<>();
        for (String id : list.split(",")) {
            if (id.isBlank()) {
                continue;
            }
            out.add(Platform.byId(id).orElseThrow(() -> new Arguments.UsageException("unknown platform '" + id
                    + "'; platforms are " + Platform.idList())));
        }
        if (out.isEmpty()) {
            throw new Arguments.UsageException("--platform needs at least one of " + Platform.idList());
        }
        return out;
    }

    static String format(Arguments args) throws Arguments.UsageException {
        String f = args.option("format").orElse("text");
        if (!f.equals("text") && !f.equals("json")) {
            throw new Arguments.UsageException("--format must be text or json, not '" + f + "'");
        }
        return f;
    }

    static Path file(Arguments args, CommandContext ctx) throws Arguments.UsageException {
        if (args.positional().size() != 1) {
            throw new Arguments.UsageException(args.positional().isEmpty() ? "missing FILE"
                    : "expected one FILE, got " + args.positional().size() + " arguments");
        }
        return ctx.workingDir().resolve(args.positional().get(0));
    }

    /** Parses the file; on failure prints the reason to stderr and returns empty. */
    static Optional<Tweetorial> load(Path file, String command, CommandContext ctx) {
        try {
            return Optional.of(Tweetorials.parse(file));
        } catch (TweetorialException e) {
            ctx.err().println("tweetorial " + command + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    static int usageError(String command, String message, String usage, CommandContext ctx) {
        ctx.err().println("tweetorial " + command + ": " + message);
        ctx.err().println(usage);
        return EXIT_BAD_INPUT;
    }

    /** How many of the problems have this severity. */
    static long count(List<Problem> problems, Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    static List<Platform> ordered(Set<Platform> platforms) {
        List<Platform> out = new ArrayList<>();
        for (Platform p : Platform.values()) {
            if (platforms.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** A path for messages: relative to the working directory when inside it. */
    static String display(Path file, CommandContext ctx) {
        Path abs = file.toAbsolutePath().normalize();
        Path wd = ctx.workingDir().toAbsolutePath().normalize();
        return abs.startsWith(wd) ? wd.relativize(abs).toString() : abs.toString();
    }
}
