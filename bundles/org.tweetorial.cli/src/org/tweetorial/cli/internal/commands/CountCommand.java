package org.tweetorial.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.json.Json;
import org.tweetorial.core.json.ThreadJson;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.Platforms;

/** {@code tweetorial count [--platform P] [TEXT | -]}: the length of one text as JSON. */
public final class CountCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("platform", "mastodon-limit");
    private static final int MAX_STDIN = 1024 * 1024;

    @Override
    public String name() {
        return "count";
    }

    @Override
    public String summary() {
        return "count one text the way a platform does (X: twitter-text weighted length)";
    }

    @Override
    public String usage() {
        return """
                usage: tweetorial count [--platform P] [--mastodon-limit N] [TEXT | -]
                  Prints {"platform":"x","length":N,"limit":280,"valid":true,...} for TEXT, or for standard
                  input when TEXT is - or absent. The platform defaults to x.
                exit codes: 0 counted (see "valid"), 2 bad options or input that is not UTF-8""";
    }

    @Override
    public int run(List<String> args, CommandContext ctx) {
        Platform platform;
        int mastodonLimit;
        Arguments a;
        try {
            a = Arguments.parse(args, OPTIONS);
            platform = a.option("platform").isPresent()
                    ? single(CommandSupport.platforms(a.option("platform").get())) : Platform.X;
            mastodonLimit = mastodonLimit(a.option("mastodon-limit"));
            if (a.positional().size() > 1) {
                throw new Arguments.UsageException("give the text as one argument (quote it), or - for stdin");
            }
        } catch (Arguments.UsageException e) {
            return CommandSupport.usageError(name(), e.getMessage(), usage(), ctx);
        }
        String text;
        if (a.positional().isEmpty() || a.positional().get(0).equals("-")) {
            try {
                text = readStdin(ctx);
            } catch (TweetorialException | IOException e) {
                ctx.err().println("tweetorial count: standard input: " + (e instanceof TweetorialException te
                        ? te.reason() + ". " + te.hint() : e.getMessage()));
                return CommandSupport.EXIT_BAD_INPUT;
            }
        } else {
            text = a.positional().get(0);
        }
        Count count = Platforms.count(platform, text, mastodonLimit);
        ctx.out().println(Json.compact(ThreadJson.count(count)));
        ctx.out().flush();
        return CommandSupport.EXIT_OK;
    }

    private static Platform single(Set<Platform> platforms) throws Arguments.UsageException {
        if (platforms.size() != 1) {
            throw new Arguments.UsageException("count takes one platform");
        }
        return platforms.iterator().next();
    }

    private static int mastodonLimit(Optional<String> value) throws Arguments.UsageException {
        if (value.isEmpty()) {
            return Platforms.profile(Platform.MASTODON).maxLength();
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Arguments.UsageException("--mastodon-limit must be a positive number");
    }

    private static String readStdin(CommandContext ctx) throws IOException, TweetorialException {
        byte[] bytes = ctx.in().readNBytes(MAX_STDIN + 1);
        if (bytes.length > MAX_STDIN) {
            throw new TweetorialException(Optional.empty(), 0, "more than 1 MB of text", "Count one post at a time");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            // A shell's echo adds one final newline that is not part of the text.
            return s.endsWith("\n") ? s.substring(0, s.length() - (s.endsWith("\r\n") ? 2 : 1)) : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new TweetorialException(Optional.empty(), 0, "is not valid UTF-8 text", "Send UTF-8 text");
        }
    }
}
