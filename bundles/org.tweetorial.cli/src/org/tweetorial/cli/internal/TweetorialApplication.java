package org.tweetorial.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Version;
import org.tweetorial.cli.internal.commands.CommandContext;
import org.tweetorial.cli.internal.commands.Commands;

/** OSGi entry point of the headless {@code tweetorial} command; returns the command's exit code. */
public final class TweetorialApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        var ctx = new CommandContext(System.out, System.err, System.in, Path.of("").toAbsolutePath());
        var commandLine = new CommandLine(productVersion(), Commands.all());
        try {
            return commandLine.run(args, ctx);
        } catch (RuntimeException | Error e) {
            // The last line of defence: a bug must still end with a message and exit code, not a trace.
            ctx.err().println("tweetorial: internal error: " + e + ". Please report it with the input that caused it.");
            return 70;
        } finally {
            System.out.flush();
            System.err.flush();
        }
    }

    @Override
    public void stop() {
        // Nothing to stop: commands run to completion on the calling thread.
    }

    static String productVersion() {
        Version v = Platform.getBundle("org.tweetorial.cli").getVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }
}
