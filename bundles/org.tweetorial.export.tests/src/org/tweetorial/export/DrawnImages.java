package org.tweetorial.export;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/** The images a PDF page actually draws (not merely lists in its resources), with the size they are drawn at. */
final class DrawnImages extends PDFGraphicsStreamEngine {

    /** An image's pixels and its drawn width and height in points. */
    record Drawn(int pixelWidth, int pixelHeight, float width, float height) {
    }

    private final List<Drawn> drawn = new ArrayList<>();

    private DrawnImages(PDPage page) {
        super(page);
    }

    static List<Drawn> of(PDPage page) throws IOException {
        DrawnImages engine = new DrawnImages(page);
        engine.processPage(page);
        return engine.drawn;
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        drawn.add(new Drawn(image.getWidth(), image.getHeight(), m.getScalingFactorX(), m.getScalingFactorY()));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        // paths are not of interest
    }

    @Override
    public void clip(int windingRule) {
        // nor clipping
    }

    @Override
    public void moveTo(float x, float y) {
        // paths are not of interest
    }

    @Override
    public void lineTo(float x, float y) {
        // paths are not of interest
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // paths are not of interest
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
        // paths are not of interest
    }

    @Override
    public void endPath() {
        // paths are not of interest
    }

    @Override
    public void strokePath() {
        // paths are not of interest
    }

    @Override
    public void fillPath(int windingRule) {
        // paths are not of interest
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        // paths are not of interest
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        // shadings are not of interest
    }
}
