package org.tweetorial.ui.internal.assist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.tweetorial.core.Infographics;
import org.tweetorial.core.model.CardLayout;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.ui.internal.editor.TweetorialPartitions;
import org.tweetorial.ui.internal.infographic.WorkbenchInfographics;

/**
 * Completes, depending on where the caret is: hashtags and mentions used in the project (Markdown), card directive
 * names, layouts and attributes (HTML comments), and front-matter keys (front matter); in an infographic, icon
 * names after {@code :} and in a panel line's {@code icon=}.
 */
public final class TweetorialContentAssistProcessor implements IContentAssistProcessor {

    private static final Pattern WORD_BEFORE = Pattern.compile("[#@][\\p{L}\\p{N}_.@-]*$");
    private static final Pattern LAYOUT_BEFORE = Pattern.compile("layout\\s*=\\s*\"?([\\w-]*)$");
    private static final Pattern ATTRIBUTE_BEFORE = Pattern.compile("card\\s*:.*layout\\s*=\\s*\"?([\\w-]+)\"?"
            + "(?:\\s+[\\w-]+\\s*=\\s*(?:\"[^\"]*\"|\\S+))*\\s+([\\w-]*)$");
    /** {@code :icon-name} being typed at the start of a line or after a space, list marker or bracket. */
    private static final Pattern ICON_BEFORE = Pattern.compile("(?:^|[\\s(\\[]):([a-z0-9-]*)$");
    private static final Pattern ICON_ATTRIBUTE_BEFORE = Pattern.compile(
            "panel\\s*:.*\\bicon\\s*=\\s*\"?([a-z0-9-]*)$");
    private static final Pattern DIRECTIVE_BEFORE = Pattern.compile("<!--\\s*([\\w]*)$");
    private static final Pattern KEY_BEFORE = Pattern.compile("^([A-Za-z_]*)$");
    private static final List<String> FRONT_MATTER_KEYS = List.of("title", "author", "handle", "platforms",
            "numbering", "numbering_position", "hashtags", "hashtags_position", "theme", "card", "language",
            "mastodon_limit", "references", "split", "breaks");

    private final TweetorialEditor editor;
    private final String partition;

    public TweetorialContentAssistProcessor(TweetorialEditor editor, String partition) {
        this.editor = editor;
        this.partition = partition;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        String line = lineBefore(document, offset);
        List<ICompletionProposal> proposals = switch (partition) {
            case TweetorialPartitions.FRONT_MATTER -> frontMatterKeys(line, offset);
            case TweetorialPartitions.COMMENT -> panelIcon(document, line, offset).orElseGet(
                    () -> cardDirective(line, offset));
            default -> icons(document, line, offset).orElseGet(() -> hashtagsAndMentions(document, line, offset));
        };
        return proposals.toArray(ICompletionProposal[]::new);
    }

    /** Names of the bundled icon set (from the renderer) after {@code :} in an infographic. */
    private static Optional<List<ICompletionProposal>> icons(IDocument document, String line, int offset) {
        Matcher m = ICON_BEFORE.matcher(line);
        if (!m.find() || !Infographics.isInfographic(document.get())) {
            return Optional.empty();
        }
        return Optional.of(matching(WorkbenchInfographics.iconNames(), m.group(1), offset, ":"));
    }

    /** Icon names for a panel line's {@code icon=} in an infographic. */
    private static Optional<List<ICompletionProposal>> panelIcon(IDocument document, String line, int offset) {
        Matcher m = ICON_ATTRIBUTE_BEFORE.matcher(line);
        if (!m.find() || !Infographics.isInfographic(document.get())) {
            return Optional.empty();
        }
        return Optional.of(matching(WorkbenchInfographics.iconNames(), m.group(1), offset, ""));
    }

    private List<ICompletionProposal> hashtagsAndMentions(IDocument document, String line, int offset) {
        Matcher m = WORD_BEFORE.matcher(line);
        if (!m.find()) {
            return List.of();
        }
        String prefix = m.group();
        if (prefix.chars().allMatch(c -> c == '#') && line.equals(prefix)) {
            return List.of();
        }
        IFile file = editor == null ? null : editor.file();
        ProjectVocabulary.Words words = ProjectVocabulary.words(file == null ? null : file.getProject(),
                document.get());
        Collection<String> candidates = prefix.startsWith("#") ? words.hashtags() : words.mentions();
        return matching(candidates, prefix, offset, "");
    }

    private List<ICompletionProposal> cardDirective(String line, int offset) {
        Matcher layout = LAYOUT_BEFORE.matcher(line);
        if (layout.find()) {
            List<String> ids = java.util.Arrays.stream(CardLayout.values()).map(CardLayout::id).toList();
            return matching(ids, layout.group(1), offset, " ");
        }
        Matcher attribute = ATTRIBUTE_BEFORE.matcher(line);
        if (attribute.find()) {
            Optional<CardLayout> cardLayout = CardLayout.byId(attribute.group(1));
            return cardLayout.map(l -> attributes(l, attribute.group(2), offset)).orElse(List.of());
        }
        Matcher directive = DIRECTIVE_BEFORE.matcher(line);
        if (directive.find()) {
            List<ICompletionProposal> proposals = new ArrayList<>();
            String prefix = directive.group(1);
            addIfMatches(proposals, " card: layout=", prefix, offset, "card: layout=  (a card for this post)");
            addIfMatches(proposals, " note: ", prefix, offset, "note:  (a teaching note for the handout)");
            return proposals;
        }
        return List.of();
    }

    private static List<ICompletionProposal> attributes(CardLayout layout, String prefix, int offset) {
        List<ICompletionProposal> proposals = new ArrayList<>();
        for (String name : layout.sortedAllowed()) {
            if (name.startsWith(prefix.toLowerCase(Locale.ROOT))) {
                String replacement = name + "=\"\"";
                String label = name + (layout.requiredAttributes().contains(name) ? "  (required)" : "");
                proposals.add(new CompletionProposal(replacement, offset - prefix.length(), prefix.length(),
                        replacement.length() - 1, null, label, null, null));
            }
        }
        return proposals;
    }

    private static void addIfMatches(List<ICompletionProposal> proposals, String text, String prefix, int offset,
            String label) {
        if (text.strip().startsWith(prefix)) {
            String replacement = prefix.isEmpty() ? text : text.strip();
            proposals.add(new CompletionProposal(replacement, offset - prefix.length(), prefix.length(),
                    replacement.length(), null, label, null, null));
        }
    }

    private static List<ICompletionProposal> frontMatterKeys(String line, int offset) {
        Matcher key = KEY_BEFORE.matcher(line);
        if (!key.find()) {
            return List.of();
        }
        return matching(FRONT_MATTER_KEYS, key.group(1), offset, ": ");
    }

    private static List<ICompletionProposal> matching(Collection<String> candidates, String prefix, int offset,
            String suffix) {
        List<ICompletionProposal> proposals = new ArrayList<>();
        String lowerPrefix = prefix.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (candidate.toLowerCase(Locale.ROOT).startsWith(lowerPrefix) && !candidate.equals(prefix)) {
                String replacement = candidate + suffix;
                proposals.add(new CompletionProposal(replacement, offset - prefix.length(), prefix.length(),
                        replacement.length(), null, candidate, null, null));
            }
        }
        return proposals;
    }

    private static String lineBefore(IDocument document, int offset) {
        try {
            int lineStart = document.getLineInformationOfOffset(offset).getOffset();
            return document.get(lineStart, offset - lineStart);
        } catch (BadLocationException e) {
            return "";
        }
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return switch (partition) {
            case TweetorialPartitions.COMMENT -> new char[] { '=', ' ' };
            case TweetorialPartitions.FRONT_MATTER -> null;
            default -> new char[] { '#', '@', ':' };
        };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
