package org.tweetorial.export.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The structure tree of a tagged PDF. Content drawn between {@link #begin} and {@link #end} belongs to a structure
 * element (a marked-content sequence with an MCID); decoration goes between {@link #beginArtifact} and
 * {@link #end}. {@link #finish()} writes the parent tree that maps page content back to elements.
 */
public final class TaggedContent {

    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<PDPage, List<PDStructureElement>> marked = new LinkedHashMap<>();
    private final Map<Integer, COSObjectable> parentTree = new HashMap<>();
    private int nextKey;

    public TaggedContent(PDDocument pdf) {
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
    }

    public PDStructureElement document() {
        return document;
    }

    /** A new element appended to {@code parent}. */
    public PDStructureElement element(PDStructureNode parent, String type) {
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        return e;
    }

    /** A figure with its alternate description. */
    public PDStructureElement figure(PDStructureNode parent, String alt) {
        PDStructureElement e = element(parent, "Figure");
        e.setAlternateDescription(alt);
        return e;
    }

    /** Starts a marked-content sequence of {@code element} on {@code page}. */
    public void begin(PDPageContentStream cs, PDPage page, PDStructureElement element) throws IOException {
        List<PDStructureElement> mcids = marked.computeIfAbsent(page, p -> new ArrayList<>());
        int mcid = mcids.size();
        mcids.add(element);
        COSDictionary props = new COSDictionary();
        props.setInt(COSName.MCID, mcid);
        cs.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(props));
        PDMarkedContentReference mcr = new PDMarkedContentReference();
        mcr.setMCID(mcid);
        mcr.setPage(page);
        element.appendKid(mcr);
        if (element.getPage() == null) {
            element.setPage(page);
        }
    }

    /** Starts decoration that assistive technology skips (page numbers, rules, backgrounds). */
    public void beginArtifact(PDPageContentStream cs, String type) throws IOException {
        COSDictionary props = new COSDictionary();
        props.setName(COSName.TYPE, type);
        cs.beginMarkedContent(ARTIFACT, PDPropertyList.create(props));
    }

    public void end(PDPageContentStream cs) throws IOException {
        cs.endMarkedContent();
    }

    /** Tags an annotation as content of {@code element} (e.g. an {@code Annot} or {@code Link} element). */
    public void annotation(PDPage page, PDAnnotation annotation, PDStructureElement element) {
        int key = nextKey++;
        annotation.setStructParent(key);
        parentTree.put(key, element);
        PDObjectReference ref = new PDObjectReference();
        ref.setReferencedObject(annotation);
        element.appendKid(ref);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    /** Writes the parent tree; call once, after all content is drawn. */
    public void finish() {
        for (Map.Entry<PDPage, List<PDStructureElement>> e : marked.entrySet()) {
            int key = nextKey++;
            e.getKey().setStructParents(key);
            COSArray elements = new COSArray();
            e.getValue().forEach(el -> elements.add(el.getCOSObject()));
            parentTree.put(key, new PDParentTreeValue(elements));
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(new TreeMap<>(parentTree));
        root.setParentTree(tree);
        root.setParentTreeNextKey(nextKey);
    }
}
