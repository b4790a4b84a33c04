package org.tweetorial.export.internal.pdf;

import java.util.List;

import org.tweetorial.export.ExportProblem;

/** A finished PDF and what the author should know about it. */
public record PdfOutput(byte[] bytes, List<ExportProblem> problems) {

    public PdfOutput {
        problems = List.copyOf(problems);
    }
}
