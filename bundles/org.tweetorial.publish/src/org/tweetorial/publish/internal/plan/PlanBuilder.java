package org.tweetorial.publish.internal.plan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.tweetorial.export.ExportException;
import org.tweetorial.export.SafetyItem;
import org.tweetorial.export.SafetyReport;
import org.tweetorial.publish.ExportedThread;
import org.tweetorial.publish.PlannedImage;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PreflightIssue;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishPlan;
import org.tweetorial.publish.PublishRequest;
import org.tweetorial.render.ImageBudget;

/**
 * Builds the plan of a publish: exports the cards (the export's safety check runs first), fits each card into the
 * platform's image limit, then runs the {@link Preflight}. Nothing is sent.
 */
public final class PlanBuilder {

    private PlanBuilder() {
    }

    /** {@code .tweetorial/publish/} next to the source. */
    public static Path publishFolder(Path source) {
        Path dir = source.toAbsolutePath().normalize().getParent();
        return dir.resolve(".tweetorial").resolve("publish");
    }

    /** Where the cards of a source exported for publishing by hand ({@code suffix} names the platform) go. */
    public static Path cardsFolder(Path source, String suffix) {
        return publishFolder(source).resolve(baseName(source) + suffix);
    }

    /** The journal of a source, platform and account: {@code NAME-PLATFORM.json} or {@code ...-ACCOUNT.json}. */
    public static Path journalFile(PublishRequest r) {
        String account = r.accountName().equals(PublishRequest.DEFAULT_ACCOUNT) ? "" : "-" + r.accountName();
        return publishFolder(r.source()).resolve(baseName(r.source()) + "-" + r.platform().id() + account + ".json");
    }

    /**
     * Exports, fits and checks.
     *
     * @throws PublishException {@code PREFLIGHT} with every issue when something must be fixed first;
     *                          {@code BAD_INPUT} when the source cannot be read or exported
     */
    public static PublishPlan build(PublishRequest request, PlatformLimits limits) throws PublishException {
        Path source = request.source().toAbsolutePath().normalize();
        Path cards = cardsFolder(source, "-cards");
        ExportedThread thread;
        try {
            thread = ExportedThread.export(source, cards, request.allowPatientIdentifiers());
        } catch (ExportedThread.Unsafe e) {
            throw new PublishException(PublishException.Reason.PREFLIGHT, fileName(source)
                    + ": not published: the safety check found something to fix first; nothing was sent",
                    safetyIssues(e.report()), null);
        } catch (ExportException | IOException e) {
            throw new PublishException(PublishException.Reason.BAD_INPUT, e.getMessage(), e);
        }
        List<PreflightIssue> issues = new ArrayList<>();
        List<PlannedPost> posts = new ArrayList<>();
        for (ExportedThread.Post p : thread.posts()) {
            String where = fileName(source) + ":" + p.line();
            List<PlannedImage> images = new ArrayList<>();
            fit(p, limits).ifPresentOrElse(images::add, () -> issues.add(new PreflightIssue(p.number(), where,
                    "card " + p.card().getFileName() + " cannot be made smaller than the " + limits.platform()
                            .displayName() + " limit of " + limits.imageBytes() + " bytes",
                    "choose a smaller card size (front matter 'card:')")));
            posts.add(new PlannedPost(p.number(), p.text(), images, p.number() - 1, p.line()));
        }
        PublishPlan plan = new PublishPlan(request, thread.language(), posts, journalFile(request), cards);
        issues.addAll(Preflight.check(plan, limits));
        if (!issues.isEmpty()) {
            throw new PublishException(PublishException.Reason.PREFLIGHT, fileName(source) + ": not published: "
                    + issues.size() + " thing(s) to fix first; nothing was sent", issues, null);
        }
        return plan;
    }

    /** The card as exported, or re-encoded to fit; empty when no encoding fits or it cannot be read. */
    static Optional<PlannedImage> fit(ExportedThread.Post post, PlatformLimits limits) {
        try {
            byte[] png = Files.readAllBytes(post.card());
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            if (img == null) {
                return Optional.empty();
            }
            if (png.length <= limits.imageBytes()) {
                return Optional.of(new PlannedImage(post.card(), "image/png", png, img.getWidth(), img.getHeight(),
                        post.alt(), ""));
            }
            return ImageBudget.compressToFit(png, limits.imageBytes()).map(c -> new PlannedImage(post.card(),
                    c.extension().equals("jpg") ? "image/jpeg" : "image/png", c.bytes(), img.getWidth(),
                    img.getHeight(), post.alt(), String.format(Locale.ROOT, "%,d bytes as exported; sent as %s,"
                            + " %,d bytes", png.length, c.description(), c.bytes().length)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static List<PreflightIssue> safetyIssues(SafetyReport report) {
        List<PreflightIssue> out = new ArrayList<>();
        for (SafetyItem item : report.blocking()) {
            out.add(new PreflightIssue(item.post(), report.where(item), item.category().label() + ": "
                    + item.message(), item.action()));
        }
        return out;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String fileName(Path file) {
        return file.getFileName().toString();
    }
}
