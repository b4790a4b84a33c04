package org.tweetorial.render.internal.engine;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tweetorial.render.Card;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.SampleCards;
import org.tweetorial.render.Theme;
import org.tweetorial.render.internal.emoji.EmojiImages;
import org.tweetorial.render.internal.layout.CardSvgBuilder;
import org.tweetorial.render.internal.text.FontRegistry;
import org.w3c.dom.Document;

/** Times the render phases separately (SVG build, rasterise, PNG encode); a diagnostic main, not a test. */
public final class PhaseProfile {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private PhaseProfile() {
    }

    public static void main(String[] args) throws Exception {
        DefaultCardRenderer r = new DefaultCardRenderer(0);
        CardSvgBuilder builder = new CardSvgBuilder(FontRegistry.get(), EmojiImages.get());
        RenderOptions o = RenderOptions.defaults();
        Theme theme = o.theme();
        int n = Integer.parseInt(args.length > 0 ? args[0] : "20");
        for (int round = 0; round < 2; round++) {
            double build = 0;
            double raster = 0;
            double encode = 0;
            int count = 0;
            for (Card c : SampleCards.all()) {
                for (int i = 0; i < n; i++) {
                    long t0 = CPU.getCurrentThreadCpuTime();
                    Document doc = builder.build(c, theme, CardSize.X, null, (p, w) -> null).document();
                    long t1 = CPU.getCurrentThreadCpuTime();
                    List<String> warnings = new ArrayList<>();
                    BufferedImage img = r.rasterize(doc, o, warnings);
                    long t2 = CPU.getCurrentThreadCpuTime();
                    PngEncoder.encodeRgb(img, DefaultCardRenderer.PNG_LEVEL);
                    long t3 = CPU.getCurrentThreadCpuTime();
                    build += (t1 - t0) / 1e6;
                    raster += (t2 - t1) / 1e6;
                    encode += (t3 - t2) / 1e6;
                    count++;
                }
            }
            System.out.printf(Locale.ROOT, "CPU time per card: build %.1f ms, rasterise %.1f ms, encode %.1f ms%n",
                    build / count,
                    raster / count, encode / count);
        }
        r.close();
    }
}
