package org.tweetorial.export.internal.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Document metadata for PDF/UA: the info dictionary, an XMP packet with the same values and
 * {@code pdfuaid:part=1}, the language, {@code DisplayDocTitle}, and a document ID derived from the content and
 * time so that a fixed time gives a fixed ID.
 *
 * @param keywords hashtags without {@code #}
 */
public record PdfMetadata(String title, String author, String subject, List<String> keywords, String language,
        Instant time) {

    private static final String PRODUCER = "Tweetorial Studio";

    public void applyTo(PDDocument pdf, String idSeed) throws IOException {
        Calendar date = calendar();
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setKeywords(String.join(", ", keywords));
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(language);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        PDMetadata xmp = new PDMetadata(pdf);
        xmp.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(xmp);
        pdf.getDocument().getTrailer().setItem(COSName.ID, documentId(idSeed));
    }

    private Calendar calendar() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(time.toEpochMilli() / 1000 * 1000);
        return c;
    }

    private COSArray documentId(String seed) {
        byte[] id = md5(seed + "\n" + title + "\n" + time.getEpochSecond());
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        return array;
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java runtime", e);
        }
    }

    String xmp() {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atOffset(ZoneOffset.UTC).withNano(0));
        StringBuilder subjects = new StringBuilder();
        keywords.forEach(k -> subjects.append("<rdf:li>").append(xml(k)).append("</rdf:li>"));
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(subject)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:subject><rdf:Bag>" + subjects + "</rdf:Bag></dc:subject>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + xml(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "<xmp:CreatorTool>" + PRODUCER + "</xmp:CreatorTool>\n"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "<pdf:Keywords>" + xml(String.join(", ", keywords)) + "</pdf:Keywords>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
