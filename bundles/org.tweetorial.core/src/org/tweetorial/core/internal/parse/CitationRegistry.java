package org.tweetorial.core.internal.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.model.Citation;

/** Numbers citations in order of first use across the thread. */
public final class CitationRegistry {

    static final Pattern DOI = Pattern.compile("\\b10\\.\\d{4,9}/[^\\s\"<>]+");
    static final Pattern PMID = Pattern.compile(
            "\\bPMID:?\\s*(\\d{1,8})\\b|pubmed\\.ncbi\\.nlm\\.nih\\.gov/(\\d{1,8})\\b");
    static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private final Map<String, Citation> byKey = new LinkedHashMap<>();

    /** A footnote citation; {@code plainText} is the definition rendered as plain text. */
    public Citation footnote(String label, String plainText) {
        return byKey.computeIfAbsent("^" + label, k -> create(label, plainText));
    }

    /** The inline DOIs and PMIDs of a plain text, each as a citation. */
    public List<Citation> inline(String plainText) {
        List<Citation> out = new ArrayList<>();
        // Every DOI match holds "10.", every PMID match "PMID" or the PubMed host: skip the scans otherwise.
        Matcher doi = DOI.matcher(plainText.contains("10.") ? plainText : "");
        while (doi.find()) {
            String id = trimPunctuation(doi.group());
            out.add(byKey.computeIfAbsent("doi:" + id.toLowerCase(java.util.Locale.ROOT),
                    k -> new Citation(byKey.size() + 1, "doi:" + id, "https://doi.org/" + id, Optional.of(id),
                            Optional.empty(), Optional.of("https://doi.org/" + id))));
        }
        Matcher pmid = PMID.matcher(plainText.contains("PMID") || plainText.contains("pubmed.ncbi.nlm.nih.gov/")
                ? plainText : "");
        while (pmid.find()) {
            String id = pmid.group(1) != null ? pmid.group(1) : pmid.group(2);
            String url = "https://pubmed.ncbi.nlm.nih.gov/" + id + "/";
            out.add(byKey.computeIfAbsent("pmid:" + id, k -> new Citation(byKey.size() + 1, "PMID " + id, url,
                    Optional.empty(), Optional.of(id), Optional.of(url))));
        }
        return out;
    }

    public List<Citation> all() {
        return List.copyOf(byKey.values());
    }

    private Citation create(String label, String text) {
        return new Citation(byKey.size() + 1, label, text, find(DOI, text, 0).map(CitationRegistry::trimPunctuation),
                pmid(text), find(URL, text, 0).map(CitationRegistry::trimPunctuation));
    }

    private static Optional<String> pmid(String text) {
        Matcher m = PMID.matcher(text);
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    private static Optional<String> find(Pattern p, String text, int group) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(group)) : Optional.empty();
    }

    static String trimPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ".,;:)]}".indexOf(s.charAt(end - 1)) >= 0) {
            if (s.charAt(end - 1) == ')' && s.lastIndexOf('(', end - 1) >= 0) {
                break;
            }
            end--;
        }
        return s.substring(0, end);
    }
}
