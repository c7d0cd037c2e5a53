package org.nitratekg.loader.segment;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nitratekg.loader.read.SourceLine;

/**
 * Recognizes section headings. A numbered heading must continue the numbering of the previous one (next sibling
 * at some depth or first child), so a numbered list item in the prose is not taken for a heading.
 */
final class HeadingRecognizer {
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2}(?:\\.\\d{1,2}){0,5})\\.?\\s+(\\p{Lu}[^\\t]{0,200}?)\\s*$");
    private static final Set<String> BACK_MATTER = Set.of("funding", "author contributions", "acknowledgments",
            "acknowledgements", "acknowledgment", "acknowledgement", "conflicts of interest", "conflict of interest",
            "institutional review board statement", "informed consent statement", "data availability statement",
            "abbreviations", "supplementary materials", "use of ai and ai-assisted technologies", "appendix",
            "declaration of competing interest", "ethics statement", "references");

    /** A short line opening with a section number, however the number and title are punctuated or cased. */
    private static final Pattern LOOSELY_NUMBERED = Pattern.compile("^\\s*\\d{1,2}(?:\\.\\d{1,2}){0,5}[.)]?\\s*\\p{L}[^\\t]{0,120}$");

    private String lastNumber;

    /** The number a line opens a section with, if it is the next numbered heading. */
    String numberedHeading(SourceLine line) {
        Matcher m = NUMBERED.matcher(line.text());
        if (!m.matches() || m.group(2).matches(".*[.;:,]$") || line.text().contains("\t")) {
            return null;
        }
        String number = m.group(1);
        if (!follows(lastNumber, number)) {
            return null;
        }
        lastNumber = number;
        return number;
    }

    static boolean looksNumbered(SourceLine line) {
        return LOOSELY_NUMBERED.matcher(line.text()).matches();
    }

    static String title(SourceLine line) {
        Matcher m = NUMBERED.matcher(line.text());
        return m.matches() ? m.group(2).strip() : line.text().strip();
    }

    static boolean isBackMatter(SourceLine line) {
        return BACK_MATTER.contains(line.text().strip().toLowerCase(Locale.ROOT));
    }

    static boolean isReferencesHeading(SourceLine line) {
        String t = line.text().strip().toLowerCase(Locale.ROOT);
        return t.equals("references") || t.equals("reference list") || t.equals("bibliography");
    }

    /**
     * Whether {@code next} can come right after {@code previous}: the first child (2.1 → 2.1.1), or the next number
     * at some level followed only by first children (2.3 → 2.4, 2.3 → 3, 2.3 → 3.1 when 3 has no text of its own).
     */
    static boolean follows(String previous, String next) {
        String[] n = next.split("\\.");
        if (previous == null) {
            return n[0].equals("1") && allOnes(n, 1);
        }
        if (next.equals(previous + ".1")) {
            return true;
        }
        String[] p = previous.split("\\.");
        for (int level = 0; level < Math.min(n.length, p.length); level++) {
            if (level > 0 && !n[level - 1].equals(p[level - 1])) {
                return false;
            }
            if (Integer.parseInt(n[level]) == Integer.parseInt(p[level]) + 1) {
                return allOnes(n, level + 1);
            }
        }
        return false;
    }

    private static boolean allOnes(String[] parts, int from) {
        for (int i = from; i < parts.length; i++) {
            if (!parts[i].equals("1")) {
                return false;
            }
        }
        return true;
    }
}
