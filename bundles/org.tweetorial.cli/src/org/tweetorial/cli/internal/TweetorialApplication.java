package org.tweetorial.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Version;

/**
 * OSGi entry point of the headless {@code tweetorial} command (an Eclipse IDE with the update site, the installed
 * packages); returns the command's exit code. {@link TweetorialMain} runs the same command on a plain class path.
 */
public final class TweetorialApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        return TweetorialMain.run(args, productVersion());
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
