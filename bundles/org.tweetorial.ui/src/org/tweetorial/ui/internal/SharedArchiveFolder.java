package org.tweetorial.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;

/**
 * Makes sure the folder of the class-data archive the installed launcher asks for exists. The launcher starts the
 * JVM with {@code -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=...}: the JVM writes the archive when the
 * session ends and maps it on later starts, but it cannot write into a folder that does not exist and then ends
 * with an error. The folder is normally the configuration folder Equinox has made, unless {@code HOME} and
 * {@code user.home} differ.
 */
public final class SharedArchiveFolder implements IStartup {

    private static final String OPTION = "-XX:SharedArchiveFile=";

    @Override
    public void earlyStartup() {
        folderOf(ManagementFactory.getRuntimeMXBean().getInputArguments()).ifPresent(folder -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                ILog.of(SharedArchiveFolder.class).warn("Could not make the folder " + folder
                        + " for the start-up archive; the next start will be slower: " + e);
            }
        });
    }

    /** The folder of the last archive named among the JVM's options, if it has one. */
    public static Optional<Path> folderOf(List<String> jvmOptions) {
        String file = null;
        for (String option : jvmOptions) {
            if (option.startsWith(OPTION)) {
                file = option.substring(OPTION.length());
            }
        }
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Path.of(file).toAbsolutePath().getParent());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
