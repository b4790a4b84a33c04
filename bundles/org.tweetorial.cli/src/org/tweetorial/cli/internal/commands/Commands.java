package org.tweetorial.cli.internal.commands;

import java.util.List;

/** Every sub-command the {@code tweetorial} application offers, in the order {@code --help} lists them. */
public final class Commands {

    private Commands() {
    }

    public static List<Command> all() {
        return List.of(new ThreadCommand(), new CheckCommand(), new CountCommand(), new CardsCommand(),
                new ExportCommand(), new ImportCommand(), new InfographicCommand(), new PublishCommand(),
                new BenchCommand());
    }
}
