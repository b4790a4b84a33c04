package org.tweetorial.render.infographic;

import java.util.List;

import org.tweetorial.core.lint.Problem;
import org.tweetorial.render.OutputFormat;

/**
 * A rendered infographic.
 *
 * @param bytes           PNG or SVG (UTF-8) bytes; do not modify
 * @param format          format of {@code bytes}
 * @param width           pixel width
 * @param height          pixel height
 * @param altText         the image's alt text (the author's {@code alt}, else generated)
 * @param longDescription the panel-by-panel description with the data, for {@code alt-text.txt}
 * @param problems        the file's problems and those found while drawing (text cut, unknown icons, contrast)
 * @param warnings        renderer warnings (characters replaced, resources refused)
 */
public record RenderedInfographic(byte[] bytes, OutputFormat format, int width, int height, String altText,
        String longDescription, List<Problem> problems, List<String> warnings) {

    public RenderedInfographic {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}
