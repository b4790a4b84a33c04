package org.tweetorial.ui.internal.cards;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Draws cards with Java 2D in the theme's colours, laid out like the render bundle's layouts (title, key point, stat,
 * list, quote, comparison, visual abstract, image, closing). Fast enough for thumbnails and used until the Batik
 * renderer is wired in. Thread-safe: every call draws into its own image.
 */
public final class SketchCardRenderer implements CardImageRenderer {

    private static final int MARGIN = 72;
    private static final String FAMILY = Font.SANS_SERIF;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    @Override
    public ImageData render(CardContent card, CardStyle style, int width, Path baseDir) {
        int cardWidth = style.width();
        int cardHeight = style.height();
        double scale = width / (double) cardWidth;
        int height = Math.max(1, (int) Math.round(cardHeight * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(scale, scale);
            new Painter(g, card, CardPalette.of(style.theme()), cardWidth, cardHeight, baseDir).paint();
        } finally {
            g.dispose();
        }
        return toImageData(image);
    }

    /** Copies an RGB image into SWT pixels; usable off the UI thread. */
    static ImageData toImageData(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ImageData data = new ImageData(w, h, 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            data.setPixels(0, y, w, row, 0);
        }
        return data;
    }

    /** Paints one card on a card-sized canvas. */
    private static final class Painter {
        private final Graphics2D g;
        private final CardContent card;
        private final CardPalette palette;
        private final int width;
        private final int height;
        private final Path baseDir;
        private final double unit;

        Painter(Graphics2D g, CardContent card, CardPalette palette, int width, int height, Path baseDir) {
            this.g = g;
            this.card = card;
            this.palette = palette;
            this.width = width;
            this.height = height;
            this.baseDir = baseDir;
            this.unit = Math.min(width / 1200.0, height / 675.0) * (height > width ? 1.25 : 1.0);
        }

        void paint() {
            g.setColor(palette.background());
            g.fillRect(0, 0, width, height);
            g.setColor(palette.accent());
            g.fillRect(0, 0, 14, height);
            int y = MARGIN;
            if (!card.kicker().isBlank()) {
                y = text(card.kicker().toUpperCase(java.util.Locale.ROOT), font(Font.BOLD, 22), palette.accent(),
                        y, 1) + 18;
            }
            switch (card.layout()) {
                case "title" -> titleLayout(y);
                case "stat" -> statLayout(y);
                case "list" -> listLayout(y);
                case "quote" -> quoteLayout(y);
                case "comparison" -> comparisonLayout(y);
                case "visual-abstract" -> visualAbstractLayout(y);
                case "image" -> imageLayout(y);
                default -> keyPointLayout(y);
            }
            footer();
        }

        private void titleLayout(int y) {
            int top = Math.max(y, height / 4);
            int after = text(card.title(), font(Font.BOLD, 76), palette.text(), top, 3);
            text(card.attribute("subtitle"), font(Font.PLAIN, 38), palette.muted(), after + 24, 2);
        }

        private void keyPointLayout(int y) {
            int after = text(card.title(), font(Font.BOLD, 54), palette.text(), y, 2);
            String body = first(card.attribute("text"), paragraph(), card.attribute("cta"));
            surface(MARGIN, after + 28, width - 2 * MARGIN, height - after - 28 - 2 * MARGIN);
            text(body, font(Font.PLAIN, 44), palette.text(), after + 28 + 36, 4, MARGIN + 36,
                    width - 2 * MARGIN - 72);
        }

        private void statLayout(int y) {
            int after = text(card.title(), font(Font.BOLD, 44), palette.text(), y, 1);
            int valueTop = Math.max(after + 20, height / 4);
            int afterValue = text(card.attribute("value") + " " + card.attribute("unit"), font(Font.BOLD, 150),
                    palette.accent(), valueTop, 1);
            int afterCaption = text(card.attribute("caption"), font(Font.PLAIN, 42), palette.text(),
                    afterValue + 10, 2);
            text(card.attribute("source"), font(Font.ITALIC, 26), palette.muted(), afterCaption + 16, 1);
        }

        private void listLayout(int y) {
            int at = text(card.title(), font(Font.BOLD, 54), palette.text(), y, 2) + 24;
            for (String item : card.items().stream().limit(6).toList()) {
                g.setColor(palette.accent());
                int dot = (int) (16 * unit);
                g.fillOval(MARGIN, at + (int) (18 * unit), dot, dot);
                at = text(item, font(Font.PLAIN, 38), palette.text(), at, 2, MARGIN + 40, width - 2 * MARGIN - 40)
                        + 14;
            }
        }

        private void quoteLayout(int y) {
            g.setColor(palette.accent());
            g.setFont(font(Font.BOLD, 180));
            g.drawString("\u201c", MARGIN, y + (int) (150 * unit));
            int after = text(first(card.attribute("text"), paragraph()), font(Font.ITALIC, 50), palette.text(),
                    y + (int) (110 * unit), 4, MARGIN + 40, width - 2 * MARGIN - 40);
            text("\u2014 " + card.attribute("attribution"), font(Font.PLAIN, 32), palette.muted(), after + 20, 1,
                    MARGIN + 40, width - 2 * MARGIN - 40);
        }

        private void comparisonLayout(int y) {
            int after = text(card.title(), font(Font.BOLD, 48), palette.text(), y, 1) + 24;
            int column = (width - 2 * MARGIN - 32) / 2;
            int boxHeight = height - after - MARGIN - 60;
            column(MARGIN, after, column, boxHeight, card.attribute("left_label"), card.attribute("left"),
                    card.attribute("left_value"), palette.accent());
            column(MARGIN + column + 32, after, column, boxHeight, card.attribute("right_label"),
                    card.attribute("right"), card.attribute("right_value"), palette.accent2());
        }

        private void column(int x, int y, int w, int h, String label, String text, String value, Color accent) {
            surface(x, y, w, h);
            g.setColor(accent);
            g.fillRect(x, y, w, (int) (10 * unit));
            int at = text(first(label, text), font(Font.BOLD, 36), palette.text(), y + 30, 2, x + 28, w - 56);
            at = text(value, font(Font.BOLD, 72), accent, at + 10, 1, x + 28, w - 56);
            if (!label.isBlank()) {
                text(text, font(Font.PLAIN, 30), palette.muted(), at + 10, 3, x + 28, w - 56);
            }
        }

        private void visualAbstractLayout(int y) {
            int after = text(first(card.title(), "Visual abstract"), font(Font.BOLD, 44), palette.text(), y, 1) + 20;
            int at = labelled("Question", card.attribute("question"), after);
            at = labelled("Population", card.attribute("population"), at);
            at = labelled("Design", first(card.attribute("design"), card.attribute("intervention")), at);
            int boxTop = at + 10;
            g.setColor(palette.accent());
            g.fill(new RoundRectangle2D.Double(MARGIN, boxTop, width - 2 * MARGIN, height - boxTop - MARGIN - 40,
                    24, 24));
            text(first(card.attribute("finding"), card.attribute("result")), font(Font.BOLD, 40),
                    palette.onAccent(), boxTop + 24, 3, MARGIN + 28, width - 2 * MARGIN - 56);
        }

        private int labelled(String label, String value, int y) {
            if (value.isBlank()) {
                return y;
            }
            g.setColor(palette.muted());
            g.setFont(font(Font.BOLD, 24));
            g.drawString(label.toUpperCase(java.util.Locale.ROOT), MARGIN, y + (int) (24 * unit));
            return text(value, font(Font.PLAIN, 32), palette.text(), y, 2, MARGIN + (int) (230 * unit),
                    width - 2 * MARGIN - (int) (230 * unit)) + 12;
        }

        private void imageLayout(int y) {
            int after = text(card.title(), font(Font.BOLD, 44), palette.text(), y, 1) + 20;
            int boxHeight = height - after - MARGIN - 90;
            BufferedImage picture = loadImage();
            if (picture != null) {
                double fit = Math.min((width - 2.0 * MARGIN) / picture.getWidth(),
                        boxHeight / (double) picture.getHeight());
                int w = (int) (picture.getWidth() * fit);
                int h = (int) (picture.getHeight() * fit);
                g.drawImage(picture, (width - w) / 2, after, w, h, null);
            } else {
                surface(MARGIN, after, width - 2 * MARGIN, boxHeight);
            }
            text(card.attribute("caption"), font(Font.PLAIN, 30), palette.muted(), after + boxHeight + 12, 1);
        }

        private BufferedImage loadImage() {
            if (card.imagePath().isBlank() || card.imagePath().contains("://") || baseDir == null) {
                return null;
            }
            Path file = baseDir.resolve(card.imagePath()).normalize();
            if (!file.startsWith(baseDir) || !Files.isRegularFile(file)) {
                return null;
            }
            try {
                return javax.imageio.ImageIO.read(file.toFile());
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }

        private void footer() {
            Font font = font(Font.PLAIN, 24);
            g.setFont(font);
            g.setColor(palette.muted());
            int base = height - MARGIN / 2 - 4;
            g.drawString(card.handle(), MARGIN, base);
            String numbering = card.postNumber() + "/" + card.total();
            g.drawString(numbering, width - MARGIN - g.getFontMetrics().stringWidth(numbering), base);
            g.setColor(palette.muted());
            g.setStroke(new BasicStroke(2f));
            g.drawLine(MARGIN, base - (int) (40 * unit), width - MARGIN, base - (int) (40 * unit));
        }

        private void surface(int x, int y, int w, int h) {
            if (w <= 0 || h <= 0) {
                return;
            }
            g.setColor(palette.surface());
            g.fill(new RoundRectangle2D.Double(x, y, w, h, 28, 28));
        }

        private String paragraph() {
            return card.paragraphs().isEmpty() ? "" : card.paragraphs().get(0);
        }

        private Font font(int style, int size) {
            return new Font(FAMILY, style, (int) Math.round(size * unit));
        }

        private int text(String text, Font font, Color color, int top, int maxLines) {
            return text(text, font, color, top, maxLines, MARGIN, width - 2 * MARGIN);
        }

        /** Draws wrapped text from {@code top}; returns the y below the last line. */
        private int text(String text, Font font, Color color, int top, int maxLines, int x, int maxWidth) {
            if (text == null || text.isBlank()) {
                return top;
            }
            g.setFont(font);
            g.setColor(color);
            FontMetrics metrics = g.getFontMetrics();
            int y = top;
            for (String line : wrap(text.strip(), metrics, maxWidth, maxLines)) {
                y += metrics.getAscent();
                g.drawString(line, x, y);
                y += metrics.getDescent() + metrics.getLeading();
            }
            return y;
        }

        private static List<String> wrap(String text, FontMetrics metrics, int maxWidth, int maxLines) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (metrics.stringWidth(candidate) <= maxWidth || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            if (lines.size() > maxLines) {
                List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
                cut.set(maxLines - 1, cut.get(maxLines - 1) + "\u2026");
                return cut;
            }
            return lines;
        }

        private static String first(String... values) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return "";
        }
    }
}
