package org.tweetorial.core.spelling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.tweetorial.core.internal.spelling.WordListFile;

/**
 * The words a writer has accepted: the project's dictionary ({@code .tweetorial/dictionary.txt} in the
 * tweetorial's folder or the nearest parent folder that has one, or {@code dictionary.txt} next to the file: plain
 * text, one word a line, kept sorted, meant to be committed) and the user's ({@code ~/.tweetorial/dictionary.txt},
 * or the file named by the system property {@code tweetorial.userDictionary}). A word written in lower case
 * accepts its capitalised and upper-case forms too, as in Hunspell.
 */
public final class WordLists {

    /** The project dictionary's path relative to the project folder. */
    public static final String PROJECT_DICTIONARY = ".tweetorial/dictionary.txt";

    private record Stamp(long modified, long size, Set<String> words) {
    }

    private static final Map<Path, Stamp> READ = new ConcurrentHashMap<>();

    private WordLists() {
    }

    /** Where the project dictionary of a tweetorial in {@code baseDir} is (or would be created). */
    public static Path projectDictionary(Path baseDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        for (Path dir = base; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(PROJECT_DICTIONARY);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Path plain = base.resolve("dictionary.txt");
        return Files.isRegularFile(plain) ? plain : base.resolve(PROJECT_DICTIONARY);
    }

    /** The user's dictionary. */
    public static Path userDictionary() {
        String configured = System.getProperty("tweetorial.userDictionary", "");
        return configured.isBlank() ? Path.of(System.getProperty("user.home"), ".tweetorial", "dictionary.txt")
                : Path.of(configured);
    }

    /** The words of a list file (re-read when it changes; none when it is missing or unreadable). */
    public static Set<String> words(Path file) {
        Path key = file.toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(key)) {
                return Set.of();
            }
            long modified = Files.getLastModifiedTime(key).toMillis();
            long size = Files.size(key);
            Stamp s = READ.get(key);
            if (s == null || s.modified() != modified || s.size() != size) {
                s = new Stamp(modified, size, Set.copyOf(new HashSet<>(WordListFile.read(key))));
                READ.put(key, s);
            }
            return s.words();
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** Adds a word to a list file, creating it; the file stays sorted and is replaced atomically. */
    public static void add(Path file, String word) throws IOException {
        WordListFile.add(file, word);
        READ.remove(file.toAbsolutePath().normalize());
    }

    /** What the project's and user's lists accept, plus {@code ignored} words (exact). */
    public static Predicate<String> accepted(Path baseDir, Set<String> ignored) {
        Set<String> project = words(projectDictionary(baseDir));
        Set<String> user = words(userDictionary());
        return w -> ignored.contains(w) || inList(project, w) || inList(user, w);
    }

    private static boolean inList(Set<String> list, String word) {
        return !list.isEmpty() && (list.contains(word) || list.contains(word.toLowerCase(Locale.ROOT)));
    }
}
