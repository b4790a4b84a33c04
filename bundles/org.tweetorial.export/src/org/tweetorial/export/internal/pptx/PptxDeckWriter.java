package org.tweetorial.export.internal.pptx;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.tweetorial.core.model.Post;
import org.tweetorial.export.internal.ExportPlan;
import org.tweetorial.export.internal.cards.PostCard;

/**
 * {@code slides.pptx}: one slide per post at the card's aspect ratio showing the card's PNG (the same image as
 * {@code cards/}) with its alt text, the post's heading as the slide title (behind the card: read by screen readers
 * and the outline, not drawn), the teaching notes and the posted text as speaker notes, a native references slide,
 * and the title and author in the document properties. Written with fixed ZIP entry times, so the same input and
 * time give the same bytes.
 */
public final class PptxDeckWriter {

    /** Slide width in points, as for {@code slides.pdf}: 13.33 inches, a 16:9 presentation's width. */
    static final int SLIDE_WIDTH = 960;

    private PptxDeckWriter() {
    }

    public static byte[] write(ExportPlan plan, List<PostCard> cards) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            int height = Math.round((float) SLIDE_WIDTH * plan.cardSize().height() / plan.cardSize().width());
            deck.setPageSize(new Dimension(SLIDE_WIDTH, height));
            XSLFSlideLayout titleOnly = deck.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY);
            for (PostCard card : cards) {
                cardSlide(deck, titleOnly, card, height);
            }
            ReferencesSlide.add(deck, titleOnly, plan.tweetorial().citations(), height);
            properties(deck.getProperties(), plan);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            deck.write(out);
            return FixedTimeZip.rewrite(out.toByteArray(), plan.time());
        }
    }

    private static void cardSlide(XMLSlideShow deck, XSLFSlideLayout layout, PostCard card, int height) {
        XSLFSlide slide = deck.createSlide(layout);
        Post post = card.post();
        Rectangle2D.Double whole = new Rectangle2D.Double(0, 0, SLIDE_WIDTH, height);
        XSLFTextShape title = slide.getPlaceholder(0);
        title.setText(post.heading().orElse("Post " + post.number()));
        title.setAnchor(whole);
        XSLFPictureData data = deck.addPicture(card.png().bytes(), PictureData.PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(data);
        picture.setAnchor(whole);
        describe(picture, "Card " + post.number(), card.altText());
        speakerNotes(deck, slide, SpeakerNotes.of(post));
    }

    /** Sets the picture's name and its alt text ({@code descr}), which PowerPoint and Impress show and read out. */
    static void describe(XSLFPictureShape picture, String name, String altText) {
        var properties = ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr();
        properties.setName(name);
        properties.setDescr(altText);
    }

    private static void speakerNotes(XMLSlideShow deck, XSLFSlide slide, String text) {
        for (XSLFTextShape shape : deck.getNotesSlide(slide).getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
            }
        }
    }

    private static void properties(POIXMLProperties properties, ExportPlan plan) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(plan.title());
        plan.tweetorial().frontMatter().author().ifPresent(core::setCreator);
        core.setDescription("Slides of the tweetorial " + plan.source().getFileName());
        core.setCreated(Optional.of(Date.from(plan.time())));
        core.setModified(Optional.of(Date.from(plan.time())));
        core.setLastModifiedByUser("Tweetorial Studio");
        properties.getExtendedProperties().setApplication("Tweetorial Studio");
    }
}
