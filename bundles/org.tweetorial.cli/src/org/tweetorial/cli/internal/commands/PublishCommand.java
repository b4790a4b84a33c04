package org.tweetorial.cli.internal.commands;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.Account;
import org.tweetorial.publish.PlannedImage;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PreflightIssue;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.PublishPlan;
import org.tweetorial.publish.PublishRequest;
import org.tweetorial.publish.PublishResult;
import org.tweetorial.publish.Publisher;

/**
 * {@code tweetorial publish FILE --platform bluesky|mastodon}: the thread with its cards and alt texts, post by
 * post, resumable. Credentials come from environment variables only.
 */
public final class PublishCommand implements Command {

    static final int EXIT_LOGIN = 3;
    static final int EXIT_SERVER_UNKNOWN = 4;
    static final int EXIT_STOPPED = 5;
    private static final Set<String> OPTIONS = Set.of("platform", "account", "visibility");
    private static final Set<String> FLAGS = Set.of("dry-run", "resume", "accept-changes", "allow-phi");
    private static final Set<String> VISIBILITIES = Set.of("public", "unlisted", "private");

    private final UnaryOperator<String> environment;

    public PublishCommand() {
        this(System::getenv);
    }

    /** @param environment looks up environment variables (the credentials) */
    public PublishCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public String summary() {
        return "publish the thread with its cards and alt texts to Bluesky or Mastodon (resumable)";
    }

    @Override
    public String usage() {
        return """
                usage: tweetorial publish FILE --platform bluesky|mastodon [--account NAME] [--dry-run] [--resume]
                                               [--accept-changes] [--allow-phi] [--visibility public|unlisted|private]
                  Publishes every post as a reply to the one before, each with its exported card and alt text.
                  A preflight runs first and nothing is sent while it finds something to fix: the export's safety
                  check (possible patient identifiers outside posts marked <!-- consent -->, placeholder alt text,
                  missing images), texts over the platform's limit, images that cannot be made small enough, alt
                  text missing or too long. --dry-run prints the plan (texts, images, alt texts, reply chain) and
                  sends nothing (it needs no credentials).
                  Every step is recorded in .tweetorial/publish/NAME-PLATFORM.json next to FILE (no credentials in
                  it). --resume continues a publish that stopped, never posting a post twice; --accept-changes
                  continues although the file changed since (published posts stay as they are).
                  Credentials, from the environment only:
                    Bluesky   TWEETORIAL_BLUESKY_HANDLE, TWEETORIAL_BLUESKY_APP_PASSWORD (an app password),
                              TWEETORIAL_BLUESKY_SERVICE (optional, default https://bsky.social)
                    Mastodon  TWEETORIAL_MASTODON_INSTANCE (e.g. https://mastodon.social),
                              TWEETORIAL_MASTODON_TOKEN (scopes read write:statuses write:media)
                  With --account NAME each name ends in _NAME (upper case), e.g. TWEETORIAL_BLUESKY_HANDLE_WORK, and
                  the journal is NAME-PLATFORM-ACCOUNT.json.
                exit codes: 0 published (or already published), 1 the preflight found something to fix or the file
                changed since a partial publish (nothing sent), 2 bad options or the file cannot be read,
                3 missing credentials, wrong password, refused or expired token, 4 unknown or unreachable server,
                5 stopped part-way (server error, rate limit, image refused, connection lost): what was published
                is in the journal; run again with --resume""";
    }

    @Override
    public int run(List<String> args, CommandContext ctx) {
        Arguments a;
        PublishRequest request;
        try {
            a = Arguments.parse(args, OPTIONS, FLAGS);
            request = request(a, ctx);
        } catch (Arguments.UsageException | IllegalArgumentException e) {
            return CommandSupport.usageError(name(), e.getMessage(), usage(), ctx);
        }
        try {
            if (a.flag("dry-run")) {
                printPlan(Publisher.plan(request), ctx);
                return CommandSupport.EXIT_OK;
            }
            Optional<Account> account = account(request, ctx);
            if (account.isEmpty()) {
                return EXIT_LOGIN;
            }
            PublishResult result = Publisher.publish(request, account.get(), new Progress(ctx));
            result.urls().forEach(ctx.out()::println);
            ctx.out().flush();
            ctx.err().println(result.sent() == 0 ? "already published: " + result.skipped() + " posts (journal "
                    + CommandSupport.display(result.journal(), ctx) + ")" : "published " + result.sent() + " post(s)"
                    + (result.skipped() > 0 ? ", " + result.skipped() + " were already there" : ""));
            return CommandSupport.EXIT_OK;
        } catch (PublishException e) {
            return failed(e, request, ctx);
        } catch (RuntimeException | LinkageError e) {
            ctx.err().println("tweetorial publish: internal error: " + e.getClass().getSimpleName()
                    + ". What was published is in the journal; please report it.");
            return CommandSupport.EXIT_BAD_INPUT;
        }
    }

    private PublishRequest request(Arguments a, CommandContext ctx) throws Arguments.UsageException {
        Path file = CommandSupport.file(a, ctx);
        String id = a.option("platform").orElseThrow(() -> new Arguments.UsageException(
                "--platform bluesky|mastodon is required"));
        Platform platform = Platform.byId(id).filter(p -> p == Platform.BLUESKY || p == Platform.MASTODON)
                .orElseThrow(() -> new Arguments.UsageException("--platform must be bluesky or mastodon, not '" + id
                        + "' (X has no free posting API: use the workbench's post-by-hand mode)"));
        String visibility = a.option("visibility").orElse("public");
        if (!VISIBILITIES.contains(visibility)) {
            throw new Arguments.UsageException("--visibility must be public, unlisted or private");
        }
        return PublishRequest.of(file.toAbsolutePath().normalize(), platform)
                .withAccountName(a.option("account").orElse(PublishRequest.DEFAULT_ACCOUNT))
                .withResume(a.flag("resume")).withAcceptChanges(a.flag("accept-changes"))
                .withAllowPatientIdentifiers(a.flag("allow-phi")).withVisibility(visibility);
    }

    /** The account from the environment; empty (with a message naming the variables) when incomplete. */
    Optional<Account> account(PublishRequest r, CommandContext ctx) {
        return r.platform() == Platform.BLUESKY
                ? account(r, ctx, "HANDLE", "APP_PASSWORD", "SERVICE", Account.BLUESKY_DEFAULT_SERVER.toString())
                : account(r, ctx, null, "TOKEN", "INSTANCE", null);
    }

    private Optional<Account> account(PublishRequest r, CommandContext ctx, String identifierName, String secretName,
            String serverName, String defaultServer) {
        String identifier = identifierName == null ? "" : env(r, identifierName);
        String secret = env(r, secretName);
        String server = Optional.ofNullable(env(r, serverName)).orElse(defaultServer);
        if (identifier == null || secret == null || server == null) {
            String names = (identifierName == null ? "" : variable(r, identifierName) + ", ")
                    + variable(r, secretName) + (defaultServer == null ? ", " + variable(r, serverName) : "");
            ctx.err().println("tweetorial publish: no " + r.platform().displayName() + " credentials: set " + names
                    + " in the environment (see 'tweetorial help publish' and docs/PUBLISH.md)");
            return Optional.empty();
        }
        try {
            URI uri = new URI(server.contains("://") ? server : "https://" + server);
            if (uri.getHost() == null) {
                throw new URISyntaxException(server, "no host");
            }
            return Optional.of(new Account(r.platform(), r.accountName(), uri, identifier, secret));
        } catch (URISyntaxException e) {
            ctx.err().println("tweetorial publish: " + variable(r, serverName) + " is not a server address: '" + server
                    + "'");
            return Optional.empty();
        }
    }

    private String env(PublishRequest r, String name) {
        String v = environment.apply(variable(r, name));
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String variable(PublishRequest r, String name) {
        String suffix = r.accountName().equals(PublishRequest.DEFAULT_ACCOUNT) ? ""
                : "_" + r.accountName().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        return "TWEETORIAL_" + r.platform().name() + "_" + name + suffix;
    }

    private static void printPlan(PublishPlan plan, CommandContext ctx) {
        ctx.out().printf(Locale.ROOT, "Plan: %d posts to %s%s, each replying to the one before%n", plan.posts().size(),
                plan.platform().displayName(), plan.language().map(l -> " (language " + l + ")").orElse(""));
        for (PlannedPost p : plan.posts()) {
            ctx.out().printf(Locale.ROOT, "%n[%d/%d] %s%n", p.number(), plan.posts().size(),
                    p.replyTo() == 0 ? "first post" : "reply to post " + p.replyTo());
            p.text().lines().forEach(line -> ctx.out().println("  | " + line));
            for (PlannedImage i : p.images()) {
                ctx.out().printf(Locale.ROOT, "  image: %s (%dx%d, %,d bytes%s)%n", CommandSupport.display(i.file(),
                        ctx), i.width(), i.height(), i.size(), i.reencoded().isEmpty() ? "" : "; " + i.reencoded());
                ctx.out().println("  alt:   " + i.alt().replace("\n", " "));
            }
        }
        ctx.out().printf("%nNothing was sent (--dry-run). The journal would be %s%n",
                CommandSupport.display(plan.journal(), ctx));
        ctx.out().flush();
    }

    private static int failed(PublishException e, PublishRequest request, CommandContext ctx) {
        ctx.err().println("tweetorial publish: " + e.getMessage());
        for (PreflightIssue i : e.issues()) {
            ctx.err().println("  " + i.describe());
        }
        Path journal = Publisher.journalFile(request);
        if (e.resumable() || (e.reason() == PublishException.Reason.LOGIN && java.nio.file.Files.exists(journal))) {
            ctx.err().println("What was published is recorded in " + CommandSupport.display(journal, ctx)
                    + "; run the same command with --resume to continue" + (e.reason()
                    == PublishException.Reason.LOGIN ? " once the credentials are right." : "."));
        }
        return switch (e.reason()) {
            case PREFLIGHT, SOURCE_CHANGED -> CommandSupport.EXIT_PROBLEMS;
            case BAD_INPUT, JOURNAL -> CommandSupport.EXIT_BAD_INPUT;
            case LOGIN -> EXIT_LOGIN;
            case UNKNOWN_SERVER -> EXIT_SERVER_UNKNOWN;
            case UNFINISHED, IMAGE_REJECTED, RATE_LIMITED, SERVER_ERROR, CONNECTION_LOST, CANCELLED -> EXIT_STOPPED;
        };
    }

    /** Progress on stderr: one line per step, the rate-limit countdown every ten seconds. */
    private record Progress(CommandContext ctx) implements PublishListener {

        @Override
        public void step(int post, int total, String what) {
            ctx.err().println(post == 0 ? what : "[" + post + "/" + total + "] " + what);
        }

        @Override
        public void waiting(Duration remaining, String why) {
            long s = remaining.toSeconds();
            if (s % 10 == 0 || s <= 3) {
                ctx.err().printf(Locale.ROOT, "  %s: waiting %d:%02d%n", why, s / 60, s % 60);
            }
        }

        @Override
        public void published(int post, int total, String url) {
            ctx.err().println("[" + post + "/" + total + "] published: " + url);
        }
    }
}
