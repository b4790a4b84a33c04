package org.tweetorial.export;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link Exporter#exportInfographic} writes.
 *
 * @param source    an infographic file ({@code kind: infographic}) or an ordinary thread (its one-page summary)
 * @param outputDir the folder to write (replaced atomically)
 * @param size      a size preset ({@code portrait}, {@code story}, {@code square}, {@code landscape}, {@code a4},
 *                  {@code a3}, {@code letter}) or WIDTHxHEIGHT; empty for the front matter's, else portrait
 * @param theme     a theme name; empty for the front matter's, else the default
 * @param formats   the files to write
 * @param allowPatientIdentifiers let possible patient identifiers through the safety check (an explicit choice)
 */
public record InfographicRequest(Path source, Path outputDir, Optional<String> size, Optional<String> theme,
        Set<Format> formats, boolean allowPatientIdentifiers) {

    /** The infographic's files. */
    public enum Format {
        PNG("infographic.png"), PNG_2X("infographic@2x.png"), SVG("infographic.svg"), PDF("infographic.pdf");

        private final String fileName;

        Format(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    public InfographicRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outputDir, "outputDir");
        formats = formats.isEmpty() ? EnumSet.of(Format.PNG) : EnumSet.copyOf(formats);
    }
}
