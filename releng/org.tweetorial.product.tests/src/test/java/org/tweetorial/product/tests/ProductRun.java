package org.tweetorial.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the materialized product's headless application inside Equinox, as the installed packages do
 * ({@link #headless}), or any command ({@link #run}).
 */
record ProductRun(int exitCode, String stdout, String stderr) {

    static Path productDir() {
        return Path.of(System.getProperty("tweetorial.product"));
    }

    static ProductRun headless(List<String> jvmArgs, String... args) throws IOException, InterruptedException {
        return headless(productDir(), jvmArgs, args);
    }

    static ProductRun headless(Path installation, List<String> jvmArgs, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", launcherJar(installation).toString(), "-application", "org.tweetorial.cli.app",
                "-nosplash", "-data", "@none"));
        command.addAll(List.of(args));
        return run(command, Map.of(), null);
    }

    /**
     * Runs a command with extra environment variables in {@code workingDir} (null: this process's) and returns what
     * it printed; fails the test when it runs longer than 3 minutes (an AOT cache may be trained on the first run).
     */
    static ProductRun run(List<String> command, Map<String, String> environment, Path workingDir)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("tweetorial-out", ".txt");
        Path err = Files.createTempFile("tweetorial-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            if (workingDir != null) {
                builder.directory(workingDir.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("did not finish within 3 minutes: " + command);
            }
            return new ProductRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Path launcherJar(Path installation) throws IOException {
        try (Stream<Path> plugins = Files.list(installation.resolve("plugins"))) {
            return plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow(() -> new AssertionError("no launcher in " + installation));
        }
    }
}
