package org.tweetorial.cli.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tweetorial.core.json.ThreadJson;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.Platforms;

/** {@code tweetorial thread FILE}: the posts exactly as they will be published, with per-platform counts. */
public final class ThreadCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("platform", "format");

    @Override
    public String name() {
        return "thread";
    }

    @Override
    public String summary() {
        return "show the posts exactly as they will be published, with their lengths";
    }

    @Override
    public String usage() {
        return """
                usage: tweetorial thread FILE [--platform P[,P...]] [--format text|json]
                  Prints every post as it will be posted (numbering and hashtags included) with its length
                  on each platform. Platforms default to those in the front matter: x, bluesky, mastodon,
                  threads, linkedin.
                exit codes: 0 ok, 2 the file cannot be read or parsed, or bad options""";
    }

    @Override
    public int run(List<String> args, CommandContext ctx) {
        Path file;
        Optional<Set<Platform>> platformOption;
        String format;
        try {
            Arguments a = Arguments.parse(args, OPTIONS);
            file = CommandSupport.file(a, ctx);
            format = CommandSupport.format(a);
            platformOption = a.option("platform").isPresent()
                    ? Optional.of(CommandSupport.platforms(a.option("platform").get())) : Optional.empty();
        } catch (Arguments.UsageException e) {
            return CommandSupport.usageError(name(), e.getMessage(), usage(), ctx);
        }
        Optional<Tweetorial> parsed = CommandSupport.load(file, name(), ctx);
        if (parsed.isEmpty()) {
            return CommandSupport.EXIT_BAD_INPUT;
        }
        Tweetorial t = parsed.get();
        List<Platform> platforms = platformOption.map(CommandSupport::ordered)
                .orElse(t.frontMatter().platforms());
        ctx.out().print(format.equals("json")
                ? ThreadJson.of(t).file(CommandSupport.display(file, ctx)).platforms(platforms)
                        .compact()
                : text(t, platforms));
        ctx.out().flush();
        return CommandSupport.EXIT_OK;
    }

    private static String text(Tweetorial t, List<Platform> platforms) {
        StringBuilder out = new StringBuilder();
        for (Post post : t.posts()) {
            out.append("── post ").append(post.number()).append('/').append(t.posts().size());
            if (post.generated()) {
                out.append(" (generated)");
            }
            for (Platform p : platforms) {
                Count c = count(t, p, post);
                out.append(" · ").append(p.id()).append(' ').append(c.length()).append('/').append(c.limit());
                if (!c.fits()) {
                    out.append(" TOO LONG");
                }
            }
            out.append('\n').append(post.postedText()).append('\n');
            for (ImageRef image : post.images()) {
                out.append("[image: ").append(image.path()).append(" — alt: ").append(image.alt()).append("]\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    static Count count(Tweetorial t, Platform p, Post post) {
        return Platforms.count(p, post.postedText(), t.frontMatter().mastodonLimit());
    }
}
