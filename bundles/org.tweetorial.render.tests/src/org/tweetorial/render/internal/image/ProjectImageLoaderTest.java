package org.tweetorial.render.internal.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.RenderedCard;

class ProjectImageLoaderTest {

    @TempDir
    Path project;

    private void write(String name, String format) throws Exception {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xE0, 0x10, 0x10));
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        Files.createDirectories(project.resolve("img"));
        ImageIO.write(img, format, project.resolve("img").resolve(name).toFile());
    }

    @Test
    void pngJpegAndGifFromTheProjectAreEmbeddedAndDrawn() throws Exception {
        write("a.png", "png");
        write("a.jpg", "jpeg");
        write("a.gif", "gif");
        try (CardRenderer r = CardRenderer.create(0)) {
            for (String name : new String[] {"a.png", "a.jpg", "a.gif"}) {
                Card card = Card.builder(new Card.Figure("Red", "img/" + name, "caption", "", "")).build();
                RenderedCard rc = r.render(card, RenderOptions.defaults().withProjectDir(project));
                assertTrue(rc.warnings().isEmpty(), rc.warnings()::toString);
                BufferedImage out = ImageIO.read(new ByteArrayInputStream(rc.bytes()));
                int rgb = out.getRGB(300, 330);
                assertTrue(((rgb >> 16) & 0xFF) > 0xC0 && ((rgb >> 8) & 0xFF) < 0x40, name + ": "
                        + Integer.toHexString(rgb));
            }
        }
    }

    @Test
    void sizesAreReadAndBadFilesRefused() throws Exception {
        write("a.png", "png");
        Files.writeString(project.resolve("img/not-an-image.png"), "hello");
        ProjectImageLoader loader = new ProjectImageLoader(project, false);
        List<String> warnings = new ArrayList<>();
        LoadedImage img = loader.load("img/a.png", warnings);
        assertNotNull(img);
        assertEquals(400, img.width());
        assertEquals(300, img.height());
        assertTrue(img.dataUri().startsWith("data:image/png;base64,"));
        assertNull(loader.load("img/not-an-image.png", warnings));
        assertNull(loader.load("img/missing.png", warnings));
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("not a PNG, JPEG, GIF or SVG file"));
        assertTrue(warnings.get(1).contains("file not found"));
        assertNull(new ProjectImageLoader(null, false).load("img/a.png", warnings));
    }
}
