package org.tweetorial.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** Reads back what tests check in a PDF: structure elements, fonts, bookmarks. */
final class PdfInspector {

    private PdfInspector() {
    }

    /** Every structure element, depth first. */
    static List<PDStructureElement> elements(PDDocument pdf) {
        List<PDStructureElement> out = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot(), out);
        return out;
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                collect(e, out);
            }
        }
    }

    /** The pages that hold content of {@code element} or of any element below it. */
    static java.util.Set<org.apache.pdfbox.pdmodel.PDPage> pagesOf(PDStructureElement element) {
        java.util.Set<org.apache.pdfbox.pdmodel.PDPage> out = new java.util.HashSet<>();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.addAll(pagesOf(e));
            } else if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.markedcontent
                    .PDMarkedContent) {
                out.add(element.getPage());
            } else if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure
                    .PDMarkedContentReference mcr) {
                out.add(mcr.getPage() != null ? mcr.getPage() : element.getPage());
            } else if (kid instanceof Integer) {
                out.add(element.getPage());
            }
        }
        return out;
    }

    static List<PDStructureElement> elements(PDDocument pdf, String type) {
        return elements(pdf).stream().filter(e -> type.equals(e.getStructureType())).toList();
    }

    /** Every font used on any page, including inside form XObjects. */
    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            fonts(page.getResources(), out);
        }
        return out;
    }

    private static void fonts(PDResources resources, List<PDFont> out) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                fonts(form.getResources(), out);
            }
        }
    }

    static List<String> bookmarkTitles(PDDocument pdf) {
        List<String> out = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            out.add(item.getTitle());
        }
        return out;
    }

    private static final java.util.Set<String> PAINTING = java.util.Set.of("Tj", "TJ", "'", "\"", "Do", "f", "F",
            "f*", "S", "s", "B", "B*", "b", "b*", "sh");

    /** Painting operators on a page outside any marked-content sequence (PDF/UA: neither tagged nor artifact). */
    static int unmarkedPaintingOperators(PDPage page) throws IOException {
        int depth = 0;
        int unmarked = 0;
        for (Object token : new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse()) {
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op) {
                String name = op.getName();
                if (name.equals("BDC") || name.equals("BMC")) {
                    depth++;
                } else if (name.equals("EMC")) {
                    depth--;
                } else if (depth == 0 && PAINTING.contains(name)) {
                    unmarked++;
                }
            }
        }
        return unmarked;
    }

    static COSBase catalogItem(PDDocument pdf, String key) {
        return pdf.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName(key));
    }
}
