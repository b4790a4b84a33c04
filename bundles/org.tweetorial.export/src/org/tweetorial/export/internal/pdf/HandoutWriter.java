package org.tweetorial.export.internal.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.tweetorial.core.model.Citation;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.Platforms;
import org.tweetorial.export.ExportProblem;
import org.tweetorial.export.internal.ExportPlan;
import org.tweetorial.export.internal.cards.PostCard;

/**
 * {@code handout.pdf}: a title page, then each post (number, heading, card, posted text, images with their alt
 * text, teaching notes, sources) and a references section; tagged for accessibility with bookmarks per post.
 */
public final class HandoutWriter {

    /** Shown under a post that carries the consent marker ({@code <!-- consent -->}). */
    static final String CONSENT_LINE = "Shared with the patient's consent";
    private static final PageFlow.Margins MARGINS = new PageFlow.Margins(62, 58, 64, 58);
    /** Cards take this share of the text width, the posted text the column beside them: two or three posts a page. */
    private static final float CARD_WIDTH = 0.46f;
    /** Between the card and the column of posted text. */
    private static final float GUTTER = 16;
    /** Space taken by the rule between two posts on one page. */
    private static final float SEPARATOR = 26;

    private final ExportPlan plan;
    private final List<PostCard> cards;
    private final List<ExportProblem> problems = new ArrayList<>();
    private PDDocument pdf;
    private PageFlow flow;
    private PDDocumentOutline outline;

    private HandoutWriter(ExportPlan plan, List<PostCard> cards) {
        this.plan = plan;
        this.cards = cards;
    }

    public static PdfOutput write(ExportPlan plan, List<PostCard> cards) throws IOException {
        return new HandoutWriter(plan, cards).write();
    }

    private PdfOutput write() throws IOException {
        try (PDDocument document = new PDDocument()) {
            pdf = document;
            TaggedContent tags = new TaggedContent(pdf);
            PdfFonts fonts = new PdfFonts(pdf);
            outline = new PDDocumentOutline();
            pdf.getDocumentCatalog().setDocumentOutline(outline);
            PDRectangle size = new PDRectangle(plan.paper().widthPt(), plan.paper().heightPt());
            try (PageFlow f = new PageFlow(pdf, size, MARGINS, tags, fonts, plan.language())) {
                flow = f;
                titlePage();
                for (PostCard card : cards) {
                    post(card);
                }
                references();
            }
            footers(fonts, tags);
            tags.finish();
            PdfSupport.metadata(plan, "Handout").applyTo(pdf, "handout:" + plan.tweetorial().text());
            reportMissingCharacters("handout.pdf");
            return new PdfOutput(PdfSupport.save(pdf), problems);
        }
    }

    private void titlePage() throws IOException {
        flow.newPage();
        PDStructureElement doc = flow.tags().document();
        FrontMatter fm = plan.tweetorial().frontMatter();
        flow.space(90);
        flow.rule(HandoutStyle.ACCENT, 3);
        flow.space(18);
        flow.text(flow.tags().element(doc, "P"), "TWEETORIAL HANDOUT", HandoutStyle.KICKER);
        flow.space(8);
        PDStructureElement h1 = flow.tags().element(doc, "H1");
        flow.text(h1, plan.title(), HandoutStyle.TITLE);
        bookmark(plan.title(), flow.page(), flow.y() + 60);
        flow.space(14);
        String byline = List.of(fm.author().orElse(""), fm.handle().orElse("")).stream().filter(s -> !s.isBlank())
                .collect(Collectors.joining("  ·  "));
        if (!byline.isEmpty()) {
            flow.text(flow.tags().element(doc, "P"), byline, HandoutStyle.META.withColor(HandoutStyle.TEXT));
        }
        flow.space(22);
        int total = plan.tweetorial().posts().size();
        meta(doc, "Date", plan.displayDate());
        meta(doc, "Posts", total + (total == 1 ? " post" : " posts"));
        if (!fm.hashtags().isEmpty()) {
            meta(doc, "Hashtags", String.join("  ", fm.hashtags()));
        }
        meta(doc, "Platforms", fm.platforms().stream().map(Platform::displayName).collect(Collectors.joining(", ")));
        flow.space(28);
        contents(doc);
    }

    private void meta(PDStructureElement doc, String label, String value) throws IOException {
        flow.text(flow.tags().element(doc, "P"), label + ":  " + value, HandoutStyle.META);
    }

    private void contents(PDStructureElement doc) throws IOException {
        flow.text(flow.tags().element(doc, "H2"), "In this thread", HandoutStyle.SUBHEADING);
        flow.space(4);
        PDStructureElement list = flow.tags().element(doc, "L");
        for (Post post : plan.tweetorial().posts()) {
            PDStructureElement item = flow.tags().element(list, "LI");
            flow.text(flow.tags().element(item, "LBody"), post.number() + ".  " + post.heading().orElse(
                    firstLine(post.body())), HandoutStyle.CAPTION.withColor(HandoutStyle.TEXT));
        }
    }

    private void post(PostCard card) throws IOException {
        Post post = card.post();
        float cardHeight = cardHeight(card);
        boolean topOfPage = flow.page() != null && atTopOfPage();
        flow.ensure(keepTogether(post, cardHeight, !topOfPage));
        if (!atTopOfPage()) {
            flow.space(8);
            flow.rule(HandoutStyle.RULE, 0.8f);
            flow.space(SEPARATOR - 8.8f);
        }
        PDStructureElement sect = flow.tags().element(flow.tags().document(), "Sect");
        PDStructureElement h2 = flow.tags().element(sect, "H2");
        String heading = heading(post);
        bookmark(post.number() + ". " + heading, flow.page(), flow.y());
        flow.text(h2, "POST " + post.number() + " OF " + cards.size(), HandoutStyle.POST_LABEL);
        flow.space(2);
        flow.text(h2, heading, HandoutStyle.HEADING);
        flow.space(6);
        // The card on the left, the posted text in a column beside it; notes and sources below, full width.
        float top = flow.y();
        cardFigure(sect, card, cardHeight);
        float belowCard = flow.y();
        PDPage cardPage = flow.page();
        flow.moveTo(top);
        postedText(sect, post, cardWidth() + GUTTER);
        if (flow.page() == cardPage) { // else the column ran on to a new page, below the card's
            flow.moveTo(Math.min(flow.y(), belowCard));
        }
        images(sect, post);
        notes(sect, post);
        sources(sect, post);
    }

    private boolean atTopOfPage() {
        return flow.y() >= flow.page().getMediaBox().getHeight() - MARGINS.top() - 1;
    }

    /**
     * A post's heading, card, text, notes and sources stay on one page when they fit on one (images may not); a post
     * too long for a page starts on a fresh page with at least its card and the beginning of its text.
     */
    private float keepTogether(Post post, float cardHeight, boolean separated) {
        float head = (separated ? SEPARATOR : 0) + HandoutStyle.POST_LABEL.leading() + 2
                + HandoutStyle.HEADING.leading() * headingLines(post) + 6;
        float column = HandoutStyle.SMALL_LABEL.leading() + 3;
        for (String paragraph : paragraphs(post)) {
            column += flow.measure(paragraph.strip(), HandoutStyle.BODY, cardWidth() + GUTTER) + 5;
        }
        if (post.consent()) {
            column += HandoutStyle.CAPTION.leading();
        }
        float text = Math.max(cardHeight, column);
        for (String note : post.notes()) {
            text += HandoutStyle.SUBHEADING.leading() + flow.measure(note.strip(), HandoutStyle.BODY, 12) + 14;
        }
        if (!post.generated() && !post.citations().isEmpty()) {
            text += 8 + HandoutStyle.SUBHEADING.leading();
            for (Citation c : post.citations()) {
                text += flow.measure(source(c), HandoutStyle.CAPTION, 12);
            }
        }
        float page = plan.paper().heightPt() - MARGINS.top() - MARGINS.bottom();
        return head + text <= page ? head + text : head + cardHeight;
    }

    private int headingLines(Post post) {
        return Math.max(1, Math.round(flow.measure(heading(post), HandoutStyle.HEADING, 0)
                / HandoutStyle.HEADING.leading()));
    }

    private static String heading(Post post) {
        return post.heading().orElse("Post " + post.number());
    }

    private static String source(Citation c) {
        return "[" + c.number() + "] " + c.text();
    }

    private static String[] paragraphs(Post post) {
        return post.postedText().strip().split("\n\\s*\n");
    }

    private float cardWidth() {
        return flow.width() * CARD_WIDTH;
    }

    private float cardHeight(PostCard card) {
        return cardWidth() * card.png().height() / (float) card.png().width();
    }

    private void cardFigure(PDStructureElement sect, PostCard card, float height) throws IOException {
        PDImageXObject img = PdfImages.fromBytes(pdf, card.png().bytes())
                .orElseThrow(() -> new IOException("card " + card.fileName() + " is not a readable PNG"));
        float top = flow.y();
        float width = cardWidth();
        float x = flow.left();
        flow.image(flow.tags().figure(sect, "Card: " + card.altText()), img, x, width, height);
        flow.frame(x, top, width, height, HandoutStyle.RULE);
    }

    private void postedText(PDStructureElement sect, Post post, float indent) throws IOException {
        flow.text(flow.tags().element(sect, "P"), "AS POSTED  ·  " + counts(post), HandoutStyle.SMALL_LABEL,
                indent, null);
        flow.space(3);
        PDStructureElement quote = flow.tags().element(sect, "BlockQuote");
        for (String paragraph : paragraphs(post)) {
            flow.text(flow.tags().element(quote, "P"), paragraph.strip(), HandoutStyle.BODY, indent + 10,
                    HandoutStyle.POST_BAR);
            flow.space(5);
        }
        if (post.consent()) {
            flow.text(flow.tags().element(sect, "P"), CONSENT_LINE, HandoutStyle.CAPTION, indent, null);
        }
    }

    private String counts(Post post) {
        Tweetorial t = plan.tweetorial();
        return t.frontMatter().platforms().stream().map(p -> {
            Count c = Platforms.count(p, post.postedText(), t.frontMatter().mastodonLimit());
            return p.displayName() + " " + c.length() + "/" + c.limit() + (c.fits() ? "" : " (too long)");
        }).collect(Collectors.joining(", "));
    }

    private void images(PDStructureElement sect, Post post) throws IOException {
        int n = 0;
        for (ImageRef ref : post.images()) {
            n++;
            flow.space(8);
            Path file = plan.tweetorial().baseDir().resolve(ref.path()).normalize();
            Optional<PDImageXObject> img = insideProject(file) ? PdfImages.fromFile(pdf, file)
                    : Optional.empty();
            if (img.isPresent()) {
                imageFigure(sect, img.get(), ref);
            } else {
                missingImage(sect, ref);
            }
            caption(sect, n, ref);
        }
    }

    private boolean insideProject(Path file) {
        return file.startsWith(plan.tweetorial().baseDir().toAbsolutePath().normalize());
    }

    private void imageFigure(PDStructureElement sect, PDImageXObject img, ImageRef ref) throws IOException {
        float maxW = flow.width() * 0.72f;
        float maxH = 230;
        float scale = Math.min(maxW / img.getWidth(), maxH / img.getHeight());
        float w = img.getWidth() * scale;
        float h = img.getHeight() * scale;
        flow.ensure(h + 40);
        float top = flow.y();
        flow.image(flow.tags().figure(sect, ref.alt()), img, flow.left() + 12, w, h);
        flow.frame(flow.left() + 12, top, w, h, HandoutStyle.RULE);
    }

    private void missingImage(PDStructureElement sect, ImageRef ref) throws IOException {
        problems.add(new ExportProblem(ExportProblem.ERROR, "handout.pdf", "image " + ref.path()
                + " not found; the handout shows a placeholder"));
        float w = flow.width() * 0.72f;
        float h = 90;
        flow.ensure(h + 40);
        float top = flow.y();
        PDPageContentStream cs = flow.stream();
        flow.tags().beginArtifact(cs, "Layout");
        cs.setNonStrokingColor(HandoutStyle.PLACEHOLDER);
        cs.addRect(flow.left() + 12, top - h, w, h);
        cs.fill();
        cs.setStrokingColor(HandoutStyle.MUTED);
        cs.setLineDashPattern(new float[] {4, 3}, 0);
        cs.addRect(flow.left() + 12, top - h, w, h);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
        flow.tags().end(cs);
        PDStructureElement figure = flow.tags().figure(sect, "Missing image " + ref.path() + ": " + ref.alt());
        flow.space(h / 2 - 6);
        flow.text(figure, "Image not found: " + ref.path(), HandoutStyle.CAPTION, 24, null);
        flow.space(h / 2 - HandoutStyle.CAPTION.leading() + 6);
    }

    private void caption(PDStructureElement sect, int n, ImageRef ref) throws IOException {
        flow.space(5);
        PDStructureElement caption = flow.tags().element(sect, "Caption");
        flow.text(caption, "Image " + n + " alt text: " + ref.alt().strip(), HandoutStyle.CAPTION, 12, null);
        if (ref.credit().isPresent()) {
            flow.text(caption, ref.credit().get(), HandoutStyle.CAPTION, 12, null);
        }
    }

    private void notes(PDStructureElement sect, Post post) throws IOException {
        if (post.notes().isEmpty()) {
            return;
        }
        flow.space(10);
        flow.ensure(HandoutStyle.SUBHEADING.leading() + HandoutStyle.BODY.leading() * 2);
        flow.text(flow.tags().element(sect, "H3"), "Teaching notes", HandoutStyle.SUBHEADING, 12, null);
        for (String note : post.notes()) {
            flow.text(flow.tags().element(sect, "P"), note.strip(), HandoutStyle.BODY, 12, HandoutStyle.NOTES_BAR);
            flow.space(4);
        }
    }

    private void sources(PDStructureElement sect, Post post) throws IOException {
        if (post.citations().isEmpty() || post.generated()) {
            return;
        }
        flow.space(8);
        flow.ensure(HandoutStyle.SMALL_LABEL.leading() + HandoutStyle.CAPTION.leading() * 2);
        flow.text(flow.tags().element(sect, "H3"), "Sources", HandoutStyle.SUBHEADING, 12, null);
        for (Citation c : post.citations()) {
            flow.text(flow.tags().element(sect, "P"), source(c), HandoutStyle.CAPTION, 12, null);
        }
    }

    private void references() throws IOException {
        List<Citation> citations = plan.tweetorial().citations();
        if (citations.isEmpty()) {
            return;
        }
        flow.newPage();
        PDStructureElement sect = flow.tags().element(flow.tags().document(), "Sect");
        bookmark("References", flow.page(), flow.y());
        flow.text(flow.tags().element(sect, "H2"), "References", HandoutStyle.SECTION);
        flow.space(10);
        PDStructureElement list = flow.tags().element(sect, "L");
        for (Citation c : citations) {
            PDStructureElement item = flow.tags().element(list, "LI");
            flow.text(flow.tags().element(item, "LBody"), "[" + c.number() + "]  " + c.text(), HandoutStyle.BODY);
            flow.space(6);
        }
    }

    private void bookmark(String title, PDPage page, float top) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setTop(Math.round(top + 8));
        dest.setLeft(0);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(dest);
        outline.addLast(item);
    }

    private void footers(PdfFonts fonts, TaggedContent tags) throws IOException {
        List<PDPage> pages = flow.pages();
        for (int i = 1; i < pages.size(); i++) {
            String text = plan.title() + "   ·   page " + (i + 1) + " of " + pages.size();
            PdfSupport.footer(pdf, pages.get(i), fonts, tags, text, MARGINS.left(), MARGINS.bottom() - 30);
        }
    }

    private void reportMissingCharacters(String file) {
        for (String g : flow.shaper().missing()) {
            problems.add(new ExportProblem(ExportProblem.WARNING, file, "no bundled font or emoji image has "
                    + Segment.missingLabel(g) + "; it is shown as its code"));
        }
    }

    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }
}
