package org.tweetorial.export;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Regenerates the handout pages of {@code docs/cards/typography/}: the first two pages of the handout of each
 * typography thread ({@code docs/cards/typography/src/*.md}), as PNGs. Usage: {@code DocsHandoutPages REPO_ROOT}.
 */
public final class DocsHandoutPages {

    private static final float DPI = 80;

    private DocsHandoutPages() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path docs = repo.resolve("docs/cards/typography");
        Path work = Files.createTempDirectory("docs-handouts");
        try (Exporter exporter = Exporter.create()) {
            for (String language : List.of("en", "fr", "ar", "he")) {
                Path source = docs.resolve("src/" + language + ".md");
                ExportRequest base = ExportRequest.of(source).withOutputDir(work.resolve(language));
                ExportRequest request = new ExportRequest(source, base.outputDir(), Set.of(ExportArtifact.HANDOUT),
                        false, base.paper(), base.cardChoices(), base.cardDefaults(), base.cardFiles(), base.slideNotes(), Optional.empty(), false);
                ExportResult result = exporter.export(request, ExportListener.SILENT);
                try (PDDocument pdf = Loader.loadPDF(result.folder().resolve("handout.pdf").toFile())) {
                    PDFRenderer renderer = new PDFRenderer(pdf);
                    for (int page = 0; page < Math.min(2, pdf.getNumberOfPages()); page++) {
                        BufferedImage img = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
                        Path png = docs.resolve("handout-" + language + "-" + (page + 1) + ".png");
                        ImageIO.write(img, "png", png.toFile());
                        System.out.println(png + " " + Files.size(png));
                    }
                }
            }
        }
    }
}
