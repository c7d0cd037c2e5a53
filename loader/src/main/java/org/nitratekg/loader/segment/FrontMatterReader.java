package org.nitratekg.loader.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nitratekg.loader.ReviewFormatException;
import org.nitratekg.loader.read.SourceLine;

/**
 * Reads the lines before the first numbered heading: an optional article type ("Review"), the title, the author
 * line, affiliation lines, and labelled lines such as "Received: 17 August 2025".
 */
final class FrontMatterReader {
    private static final Pattern LABELLED = Pattern.compile("^\\s*([A-Z][A-Za-z’' ]{1,30}?)\\s*:\\s*(.*)$");
    private static final List<String> LABELS = List.of("received", "revised", "accepted", "published", "abstract",
            "keywords", "key words", "how to cite", "citation", "correspondence", "academic editor", "doi", "copyright");
    /** Correspondence and equal-contribution notes start with a symbol; affiliations may start with a number. */
    private static final Pattern NOTE_MARKER = Pattern.compile("^\\s*(?:\\^\\{[*†‡§#]+\\}|\\[[*†‡§#]{1,3}\\]|[*†‡§])");
    private static final List<String> ARTICLE_TYPES = List.of("review", "mini-review", "minireview", "article",
            "research article", "perspective", "communication", "feature article", "tutorial review", "highlight",
            "editorial", "progress report", "account", "focus review", "critical review");

    private FrontMatterReader() {}

    static FrontMatter read(String sourceName, List<SourceLine> lines) {
        String articleType = null;
        SourceLine title = null;
        SourceLine authors = null;
        List<SourceLine> affiliations = new ArrayList<>();
        Map<String, SourceLine> labelled = new LinkedHashMap<>();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String label = label(line);
            if (label != null) {
                labelled.putIfAbsent(label, line);
            } else if (NOTE_MARKER.matcher(line.text()).find()) {
                labelled.putIfAbsent(line.text().contains("orrespond") ? "correspondence" : "note", line);
            } else if (title == null && articleType == null
                    && ARTICLE_TYPES.contains(line.text().strip().toLowerCase(Locale.ROOT))) {
                articleType = line.text().strip();
            } else if (title == null) {
                title = line;
            } else if (authors == null) {
                authors = line;
            } else if (!labelled.containsKey("abstract")) {
                affiliations.add(line);
            }
        }
        if (title == null) {
            int at = lines.isEmpty() ? 1 : lines.getFirst().number();
            throw new ReviewFormatException(sourceName, at, "the review's title line before the first numbered section");
        }
        return new FrontMatter(articleType, title, authors, affiliations, labelled);
    }

    private static String label(SourceLine line) {
        Matcher m = LABELLED.matcher(line.text());
        if (!m.matches()) {
            return null;
        }
        String label = m.group(1).strip().toLowerCase(Locale.ROOT);
        return LABELS.contains(label) ? label.replace("key words", "keywords") : null;
    }

    /** The text after the label of a labelled line ("Received: 17 August 2025" gives "17 August 2025"). */
    static String value(SourceLine line) {
        Matcher m = LABELLED.matcher(line.text());
        return m.matches() ? m.group(2).strip() : line.text().strip();
    }
}
