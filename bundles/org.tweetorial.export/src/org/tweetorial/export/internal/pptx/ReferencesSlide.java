package org.tweetorial.export.internal.pptx;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.tweetorial.core.model.Citation;

/** The deck's last slide: the thread's citations as editable text, each DOI, PMID or URL a link. */
final class ReferencesSlide {

    private static final double MARGIN = 48;
    private static final double TITLE_HEIGHT = 72;

    private ReferencesSlide() {
    }

    /** Adds the slide when the thread cites anything. */
    static void add(XMLSlideShow deck, XSLFSlideLayout layout, List<Citation> citations, int height) {
        if (citations.isEmpty()) {
            return;
        }
        XSLFSlide slide = deck.createSlide(layout);
        double width = PptxDeckWriter.SLIDE_WIDTH - 2 * MARGIN;
        XSLFTextShape title = slide.getPlaceholder(0);
        title.setText("References");
        title.setAnchor(new Rectangle2D.Double(MARGIN, MARGIN / 2, width, TITLE_HEIGHT));
        XSLFTextBox list = slide.createTextBox();
        list.setAnchor(new Rectangle2D.Double(MARGIN, MARGIN / 2 + TITLE_HEIGHT, width,
                height - MARGIN - TITLE_HEIGHT));
        list.setWordWrap(true);
        list.clearText();
        double size = fontSize(citations.size());
        for (Citation c : citations) {
            entry(list.addNewTextParagraph(), c, size);
        }
    }

    /** Smaller type for longer lists, so that up to about 15 references fit a 16:9 slide. */
    static double fontSize(int count) {
        return Math.max(10, Math.min(20, 26 - count));
    }

    private static void entry(XSLFTextParagraph p, Citation c, double size) {
        p.setSpaceAfter(40.0);
        XSLFTextRun text = p.addNewTextRun();
        text.setText(c.number() + ". " + c.text().strip());
        text.setFontSize(size);
        Optional<String> link = link(c);
        if (link.isPresent() && !c.text().contains(link.get())) {
            XSLFTextRun run = p.addNewTextRun();
            run.setText(" " + link.get());
            run.setFontSize(size);
            run.createHyperlink().setAddress(link.get());
        }
    }

    /** The citation's address: its DOI, else its PubMed page, else its URL. */
    static Optional<String> link(Citation c) {
        return c.doi().map(d -> "https://doi.org/" + d)
                .or(() -> c.pmid().map(id -> "https://pubmed.ncbi.nlm.nih.gov/" + id + "/"))
                .or(c::url);
    }
}
