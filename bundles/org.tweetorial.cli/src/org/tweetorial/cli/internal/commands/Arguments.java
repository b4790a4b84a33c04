package org.tweetorial.cli.internal.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses "--name value" and "--name=value" options, "--name" flags (which take no value) and positional arguments;
 * "-" is positional and everything after "--" is.
 */
final class Arguments {

    /** Bad command line; the message is for the user. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    static Arguments parse(List<String> args, Set<String> known) throws UsageException {
        return parse(args, known, Set.of());
    }

    /**
     * @param known      names of the options that take a value
     * @param knownFlags names of the flags
     */
    static Arguments parse(List<String> args, Set<String> known, Set<String> knownFlags) throws UsageException {
        Arguments a = new Arguments();
        boolean onlyPositional = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositional || !arg.startsWith("--")) {
                a.positional.add(arg);
            } else if (arg.equals("--")) {
                onlyPositional = true;
            } else {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
                if (knownFlags.contains(name)) {
                    if (eq >= 0) {
                        throw new UsageException("option --" + name + " takes no value");
                    }
                    a.flags.add(name);
                    continue;
                }
                if (!known.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException("option --" + name + " needs a value");
                }
                a.options.put(name, value);
            }
        }
        return a;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** Whether the flag was given. */
    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positional() {
        return positional;
    }
}
