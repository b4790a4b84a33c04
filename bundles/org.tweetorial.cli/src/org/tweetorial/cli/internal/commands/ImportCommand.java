package org.tweetorial.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.tweetorial.importer.ArchiveScan;
import org.tweetorial.importer.ImportException;
import org.tweetorial.importer.ImportReport;
import org.tweetorial.importer.ImportedThread;
import org.tweetorial.importer.Importer;
import org.tweetorial.importer.WrittenFile;

/**
 * {@code tweetorial import SOURCE}: threads already posted (X archive, Bluesky {@code .car}, Mastodon archive, plain
 * text) as tweetorial files. Lists the threads when there are several and no {@code --thread} was given.
 */
public final class ImportCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("out", "thread");
    private static final int MAX_STDIN = 2 * 1024 * 1024;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import posted threads (X archive, Bluesky .car, Mastodon archive, text) as tweetorials";
    }

    @Override
    public String usage() {
        return """
                usage: tweetorial import SOURCE [--out FILE|DIR] [--thread ID|all]
                  SOURCE   an X data archive (the zip, its folder or data/tweets.js), a Bluesky repository
                           export (.car; images from a folder of blobs named by CID beside it: NAME/ or blobs/),
                           a Mastodon archive (the zip, its folder or outbox.json), or a text file; - reads
                           text from standard input
                  With one thread, it is imported. With several and no --thread, they are listed (id, date,
                  posts, first post; tab-separated on stdout) and nothing is written.
                  --thread ID imports that thread, --thread all every thread.
                  --out    the folder to write to (default: the current folder), or a .md file for one thread;
                           images go to images/ in that folder, with their alt text and a credit to fill in
                  Importing again writes the same files. A file you edited since it was imported is never
                  overwritten: the import is written beside it (NAME.imported.md) and a message says so.
                exit codes: 0 imported (or listed), 1 imported, but part of the source could not be read (a
                truncated archive, a missing parent post or image: see the messages), 2 nothing imported: the
                source is missing, unreadable or of no known kind, a bad option or --thread ID, or the files
                cannot be written""";
    }

    @Override
    public int run(List<String> args, CommandContext ctx) {
        Arguments a;
        try {
            a = Arguments.parse(args, OPTIONS);
            if (a.positional().size() != 1) {
                throw new Arguments.UsageException(a.positional().isEmpty() ? "missing SOURCE"
                        : "expected one SOURCE, got " + a.positional().size() + " arguments");
            }
        } catch (Arguments.UsageException e) {
            return CommandSupport.usageError(name(), e.getMessage(), usage(), ctx);
        }
        try {
            ArchiveScan scan = scan(a.positional().get(0), ctx);
            scan.problems().forEach(p -> ctx.err().println("tweetorial import: " + p));
            int exit = scan.problems().isEmpty() ? CommandSupport.EXIT_OK : CommandSupport.EXIT_PROBLEMS;
            List<ImportedThread> chosen = choose(scan, a.option("thread").orElse(null), ctx);
            if (chosen == null) {
                return exit;
            }
            Path out = ctx.workingDir().resolve(a.option("out").orElse("."));
            if (chosen.size() > 1 && out.toString().endsWith(".md")) {
                return CommandSupport.usageError(name(), "--out " + a.option("out").get() + " is a file, but "
                        + chosen.size() + " threads are imported; give a folder", usage(), ctx);
            }
            for (ImportedThread thread : chosen) {
                exit = Math.max(exit, write(thread, out, ctx));
            }
            return exit;
        } catch (ImportException e) {
            ctx.err().println("tweetorial import: " + e.getMessage());
            return CommandSupport.EXIT_BAD_INPUT;
        } catch (Arguments.UsageException e) {
            return CommandSupport.usageError(name(), e.getMessage(), usage(), ctx);
        }
    }

    private static ArchiveScan scan(String source, CommandContext ctx) throws ImportException {
        if (!source.equals("-")) {
            return Importer.scan(ctx.workingDir().resolve(source));
        }
        try {
            byte[] bytes = ctx.in().readNBytes(MAX_STDIN + 1);
            if (bytes.length > MAX_STDIN) {
                throw new ImportException("standard input: over 2 MB of text; save it to a file and import that");
            }
            return Importer.scanText(new String(bytes, StandardCharsets.UTF_8), "stdin.txt");
        } catch (IOException e) {
            throw new ImportException("standard input: cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The threads to write, or null when they were listed instead. */
    private static List<ImportedThread> choose(ArchiveScan scan, String thread, CommandContext ctx)
            throws ImportException, Arguments.UsageException {
        if (scan.threads().isEmpty()) {
            throw new ImportException(scan.source().getFileName() + ": no thread found (a thread is a post with at "
                    + "least one reply of its author's own)");
        }
        if (thread == null && scan.threads().size() > 1) {
            ctx.err().println("tweetorial import: " + scan.threads().size() + " threads in this "
                    + scan.kind().label() + "; import one with --thread ID, or all with --thread all");
            scan.threads().forEach(t -> ctx.out().println(line(t)));
            ctx.out().flush();
            return null;
        }
        if (thread == null || thread.equals("all")) {
            return scan.threads();
        }
        return List.of(scan.thread(thread).orElseThrow(() -> new Arguments.UsageException("no thread '" + thread
                + "' in " + scan.source().getFileName() + "; run without --thread to list the threads")));
    }

    static String line(ImportedThread t) {
        return t.id() + "\t" + t.date().map(d -> d.atZone(ZoneOffset.UTC).toLocalDate().toString()).orElse("-")
                + "\t" + t.length() + "\t" + t.firstPost();
    }

    private static int write(ImportedThread thread, Path out, CommandContext ctx) throws ImportException {
        ImportReport report = Importer.write(thread, out);
        report.messages().forEach(m -> ctx.err().println("tweetorial import: " + m));
        report.problems().forEach(m -> ctx.err().println("tweetorial import: " + m));
        WrittenFile file = report.tweetorial();
        ctx.err().println("tweetorial import: thread " + thread.id() + " (" + thread.length() + " posts): "
                + file.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        ctx.out().println(CommandSupport.display(file.path(), ctx));
        ctx.out().flush();
        return report.problems().isEmpty() ? CommandSupport.EXIT_OK : CommandSupport.EXIT_PROBLEMS;
    }
}
