package org.tweetorial.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes sample cards to a folder: {@code RenderScratch OUT [theme] [size]}. */
public final class RenderScratch {

    private RenderScratch() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Theme theme = Themes.builtIn(args.length > 1 ? args[1] : "light").orElseThrow();
        CardSize size = CardSize.parse(args.length > 2 ? args[2] : "x");
        Path project = Path.of(System.getProperty("project", "."));
        List<Card> cards = new ArrayList<>(SampleCards.all());
        cards.addAll(SampleCards.international());
        try (CardRenderer r = CardRenderer.create()) {
            RenderOptions o = RenderOptions.defaults().withTheme(theme).withSize(size).withProjectDir(project);
            int i = 0;
            for (Card c : cards) {
                i++;
                RenderedCard rc = r.render(c, o);
                Path f = out.resolve(String.format("%02d-%s.png", i, c.layout().id()));
                Files.write(f, rc.bytes());
                System.out.println(f + " " + rc.bytes().length + " " + rc.warnings());
            }
        }
    }
}
