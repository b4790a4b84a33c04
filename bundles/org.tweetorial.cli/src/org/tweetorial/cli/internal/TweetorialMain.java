package org.tweetorial.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Manifest;

import org.tweetorial.cli.internal.commands.CommandContext;
import org.tweetorial.cli.internal.commands.Commands;

/**
 * Entry point of the headless {@code tweetorial} command on a plain class path (the bundles' jars, no OSGi
 * framework), as {@code ./tweetorial} starts it: the JDK's AOT cache then covers every class a command loads.
 * {@link TweetorialApplication} is the same command inside Equinox.
 */
public final class TweetorialMain {

    private TweetorialMain() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), version()));
    }

    /** Runs one command line with the process's streams; a bug still ends with a message and exit code 70. */
    static int run(List<String> args, String version) {
        var ctx = new CommandContext(System.out, System.err, System.in, Path.of("").toAbsolutePath());
        try {
            return new CommandLine(version, Commands.all()).run(args, ctx);
        } catch (RuntimeException | Error e) {
            ctx.err().println("tweetorial: internal error: " + e + ". Please report it with the input that caused it.");
            return 70;
        } finally {
            System.out.flush();
            System.err.flush();
        }
    }

    /** The version in this bundle's manifest ({@code Bundle-Version}), as major.minor.micro. */
    static String version() {
        // The manifest beside this class, found the way the class was (a jar, or a folder when run from the IDE).
        String self = TweetorialMain.class.getName().replace('.', '/') + ".class";
        URL classFile = TweetorialMain.class.getClassLoader().getResource(self);
        String bundleVersion = null;
        if (classFile != null && classFile.toString().endsWith(self)) {
            String base = classFile.toString().substring(0, classFile.toString().length() - self.length());
            try (InputStream in = URI.create(base + "META-INF/MANIFEST.MF").toURL().openStream()) {
                bundleVersion = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
            } catch (IOException | IllegalArgumentException e) {
                // No manifest to read (an unusual class path): the version is then unknown, the command still runs.
            }
        }
        return shortVersion(bundleVersion);
    }

    /** "0.1.0.202612021404" → "0.1.0"; null → "unknown". */
    static String shortVersion(String bundleVersion) {
        if (bundleVersion == null || bundleVersion.isBlank()) {
            return "unknown";
        }
        String[] parts = bundleVersion.strip().split("\\.");
        return String.join(".", Arrays.copyOf(parts, Math.min(3, parts.length)));
    }
}
