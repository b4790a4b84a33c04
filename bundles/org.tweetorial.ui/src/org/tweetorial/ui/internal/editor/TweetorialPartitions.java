package org.tweetorial.ui.internal.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/** The partitions of a tweetorial: YAML front matter, HTML comments (card directives) and the Markdown. */
public final class TweetorialPartitions {

    public static final String PARTITIONING = "org.tweetorial.ui.partitioning";
    public static final String FRONT_MATTER = "__tweetorial_front_matter";
    public static final String COMMENT = "__tweetorial_comment";
    public static final String[] CONTENT_TYPES = { IDocument.DEFAULT_CONTENT_TYPE, FRONT_MATTER, COMMENT };

    private TweetorialPartitions() {
    }

    /** Installs the tweetorial partitioner on a document unless it has one. */
    public static void install(IDocument document) {
        if (!(document instanceof IDocumentExtension3 extension)
                || extension.getDocumentPartitioner(PARTITIONING) != null) {
            return;
        }
        IDocumentPartitioner partitioner = new FastPartitioner(scanner(), CONTENT_TYPES);
        extension.setDocumentPartitioner(PARTITIONING, partitioner);
        partitioner.connect(document);
    }

    private static RuleBasedPartitionScanner scanner() {
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        scanner.setPredicateRules(new IPredicateRule[] { new FrontMatterRule(new Token(FRONT_MATTER)),
                new MultiLineRule("<!--", "-->", new Token(COMMENT), (char) 0, true) });
        return scanner;
    }
}
