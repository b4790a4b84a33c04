package org.tweetorial.render.internal.engine;

import java.awt.geom.Dimension2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.Element;
import org.w3c.dom.svg.SVGDocument;

/**
 * A Batik user agent that runs no script and loads no external resource: only {@code data:} URIs (images the
 * renderer inlined itself) may be loaded. Errors are collected instead of thrown, and a broken or refused link
 * renders as nothing.
 */
public final class SafeUserAgent extends UserAgentAdapter {

    private final float width;
    private final float height;
    private final FontFamilyResolver fonts;
    private final List<String> problems = new ArrayList<>();

    SafeUserAgent(float width, float height, FontFamilyResolver fonts) {
        this.width = width;
        this.height = height;
        this.fonts = fonts;
    }

    /** True only for the {@code data:} scheme. */
    public static boolean isAllowed(ParsedURL url) {
        return url != null && "data".equalsIgnoreCase(url.getProtocol());
    }

    @Override
    public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptURL, ParsedURL docURL) {
        return new NoLoadScriptSecurity(scriptType);
    }

    @Override
    public void checkLoadScript(String scriptType, ParsedURL scriptURL, ParsedURL docURL) {
        problems.add("script refused: " + scriptType);
        throw new SecurityException("scripts are not allowed in cards");
    }

    @Override
    public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceURL, ParsedURL docURL) {
        return () -> {
            if (!isAllowed(resourceURL)) {
                throw new SecurityException("external resource refused: " + describe(resourceURL));
            }
        };
    }

    @Override
    public void checkLoadExternalResource(ParsedURL resourceURL, ParsedURL docURL) {
        if (!isAllowed(resourceURL)) {
            problems.add("external resource refused: " + describe(resourceURL));
            throw new SecurityException("external resource refused: " + describe(resourceURL));
        }
    }

    private static String describe(ParsedURL url) {
        if (url == null) {
            return "(none)";
        }
        String s = url.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    @Override
    public FontFamilyResolver getFontFamilyResolver() {
        return fonts;
    }

    @Override
    public Dimension2D getViewportSize() {
        return new java.awt.Dimension(Math.round(width), Math.round(height));
    }

    @Override
    public String getDefaultFontFamily() {
        return "'Noto Sans'";
    }

    @Override
    public boolean isXMLParserValidating() {
        return false;
    }

    @Override
    public void displayError(Exception e) {
        problems.add(String.valueOf(e.getMessage()));
    }

    @Override
    public void displayMessage(String message) {
        problems.add(message);
    }

    @Override
    public void showAlert(String message) {
        problems.add("alert suppressed");
    }

    @Override
    public String showPrompt(String message) {
        return null;
    }

    @Override
    public String showPrompt(String message, String defaultValue) {
        return null;
    }

    @Override
    public boolean showConfirm(String message) {
        return false;
    }

    @Override
    public void openLink(org.w3c.dom.svg.SVGAElement elt) {
        // links are never followed
    }

    @Override
    public void loadDocument(String url) {
        problems.add("document load refused: " + url);
    }

    @Override
    public SVGDocument getBrokenLinkDocument(Element e, String url, String message) {
        problems.add("broken or refused link: " + message);
        SVGDocument doc = (SVGDocument) SVGDOMImplementation.getDOMImplementation()
                .createDocument(SVGDOMImplementation.SVG_NAMESPACE_URI, "svg", null);
        doc.getDocumentElement().setAttributeNS(null, "width", "1");
        doc.getDocumentElement().setAttributeNS(null, "height", "1");
        return doc;
    }

    /** Messages about refused or failed things during the render. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
