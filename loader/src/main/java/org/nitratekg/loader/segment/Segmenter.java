package org.nitratekg.loader.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nitratekg.loader.ReviewFormatException;
import org.nitratekg.loader.normalize.LatexGroups;
import org.nitratekg.loader.read.SourceLine;

/**
 * The segment stage: front matter, numbered sections at any depth, paragraphs (joined again across page furniture),
 * figure captions, tables and the numbered reference list.
 */
public final class Segmenter {
    private static final Pattern FIGURE = Pattern.compile("^\\s*(?:Figure|Fig\\.)\\s*(\\d+)\\s*[.:]\\s+\\S.*$");
    private static final Pattern REFERENCE = Pattern.compile("^\\s*(\\d{1,4})\\.\\s+(\\S.*)$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:][\\s\"”’)\\]]*$");
    private static final Pattern CONTINUES = Pattern.compile("^\\s*(?:\\p{Ll}|\\[\\d|[,;)])");

    private final String sourceName;
    private final List<SourceLine> lines;

    public Segmenter(String sourceName, List<SourceLine> lines) {
        this.sourceName = sourceName;
        this.lines = lines;
    }

    public SegmentedReview segment() {
        if (lines.stream().allMatch(SourceLine::isBlank)) {
            throw new ReviewFormatException(sourceName, 1, "the text of a review, found an empty file");
        }
        for (SourceLine line : lines) {
            LatexGroups.check(sourceName, line);
        }
        HeadingRecognizer recognizer = new HeadingRecognizer();
        int first = 0;
        while (first < lines.size() && recognizer.numberedHeading(lines.get(first)) == null) {
            first++;
        }
        if (first == lines.size()) {
            throw noFirstHeading();
        }
        FrontMatter front = FrontMatterReader.read(sourceName, lines.subList(0, first));
        List<Heading> headings = new ArrayList<>();
        List<Block> body = new ArrayList<>();
        List<SourceLine> furniture = new ArrayList<>();
        Heading current = new Heading("1", HeadingRecognizer.title(lines.get(first)), lines.get(first), null);
        headings.add(current);
        List<SourceLine> pending = new ArrayList<>();
        int i = first + 1;
        int referencesAt = -1;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            String number;
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (PageFurniture.is(line.text())) {
                furniture.add(line);
                i++;
                continue;
            }
            if ((number = recognizer.numberedHeading(line)) != null) {
                flush(pending, current, body);
                current = new Heading(number, HeadingRecognizer.title(line), line, parentOf(number, headings));
                headings.add(current);
            } else if (HeadingRecognizer.isReferencesHeading(line)) {
                flush(pending, current, body);
                referencesAt = i;
                break;
            } else if (HeadingRecognizer.isBackMatter(line)) {
                flush(pending, current, body);
                current = new Heading(null, line.text().strip(), line, null);
                headings.add(current);
            } else if (TableSegmenter.CAPTION.matcher(line.text()).matches()) {
                flush(pending, current, body);
                TableSegmenter.Result table = new TableSegmenter(sourceName, lines).read(i, current);
                TableSegmenter.checkNoRepeatedRows(sourceName, addOrContinue(body, table.table()));
                i = table.next();
                continue;
            } else if (FIGURE.matcher(line.text()).matches()) {
                Matcher m = FIGURE.matcher(line.text());
                m.matches();
                body.add(new Block.Caption(current, line, Integer.parseInt(m.group(1))));
            } else if (line.text().contains("\t")) {
                throw new ReviewFormatException(sourceName, line.number(),
                        "a 'Table N. caption' line before tab-separated rows");
            } else if (!pending.isEmpty() && continues(pending.getLast(), line)) {
                pending.add(line);
            } else {
                flush(pending, current, body);
                pending.add(line);
            }
            i++;
        }
        if (referencesAt < 0) {
            throw new ReviewFormatException(sourceName, lines.getLast().number(),
                    "a 'References' heading followed by the numbered reference list");
        }
        List<SegmentedReview.ReferenceEntry> references = readReferences(referencesAt, furniture);
        return new SegmentedReview(sourceName, front, List.copyOf(headings), List.copyOf(body),
                List.copyOf(references), List.copyOf(furniture));
    }

    /**
     * No line opens section 1: reported at the first line that looks like a numbered heading gone wrong ("1.Title",
     * "1 introduction", a heading numbered 2 with no 1 before it), so the reader is sent to the heading, not to the
     * end of the file.
     */
    private ReviewFormatException noFirstHeading() {
        for (SourceLine line : lines) {
            if (HeadingRecognizer.looksNumbered(line)) {
                return new ReviewFormatException(sourceName, line.number(),
                        "a first numbered section heading such as '1. Introduction', found '" + line.text().strip() + "'");
            }
        }
        return new ReviewFormatException(sourceName, lines.getLast().number(),
                "a first numbered section heading such as '1. Introduction'");
    }

    /** A caption repeated for a continued table ("Table 1. (Continued)") adds parts to the table already read. */
    private static Block.Table addOrContinue(List<Block> body, Block.Table table) {
        for (int k = 0; k < body.size(); k++) {
            if (body.get(k) instanceof Block.Table earlier && earlier.number() == table.number()) {
                List<Block.TablePart> parts = new ArrayList<>(earlier.parts());
                parts.addAll(table.parts());
                List<SourceLine> notes = new ArrayList<>(earlier.notes());
                notes.addAll(table.notes());
                Block.Table continued = new Block.Table(earlier.section(), earlier.caption(), earlier.number(),
                        earlier.title(), List.copyOf(parts), List.copyOf(notes));
                body.set(k, continued);
                return continued;
            }
        }
        body.add(table);
        return table;
    }

    private static boolean continues(SourceLine previous, SourceLine next) {
        return !ENDS_SENTENCE.matcher(previous.text()).find() && CONTINUES.matcher(next.text()).find();
    }

    private static void flush(List<SourceLine> pending, Heading section, List<Block> body) {
        if (!pending.isEmpty()) {
            body.add(new Block.Paragraph(section, List.copyOf(pending)));
            pending.clear();
        }
    }

    private static Heading parentOf(String number, List<Heading> headings) {
        int dot = number.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String parent = number.substring(0, dot);
        for (int k = headings.size() - 1; k >= 0; k--) {
            if (parent.equals(headings.get(k).number())) {
                return headings.get(k);
            }
        }
        return null;
    }

    private List<SegmentedReview.ReferenceEntry> readReferences(int headingAt, List<SourceLine> furniture) {
        List<SegmentedReview.ReferenceEntry> entries = new ArrayList<>();
        for (int i = headingAt + 1; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (PageFurniture.is(line.text())) {
                furniture.add(line);
                continue;
            }
            Matcher m = REFERENCE.matcher(line.text());
            int expected = entries.size() + 1;
            if (m.matches() && Integer.parseInt(m.group(1)) == expected) {
                entries.add(new SegmentedReview.ReferenceEntry(expected, line, m.group(2).strip()));
            } else if (m.matches() || entries.isEmpty()) {
                throw new ReviewFormatException(sourceName, line.number(),
                        "reference " + expected + " ('" + expected + ". Author, A.; … Title. *Journal* **Year**, …')"
                                + (m.matches() ? ", found reference " + m.group(1) : ""));
            } else {
                SegmentedReview.ReferenceEntry last = entries.removeLast();
                entries.add(new SegmentedReview.ReferenceEntry(last.number(), last.line(),
                        last.text() + " " + line.text().strip()));
            }
        }
        if (entries.isEmpty()) {
            throw new ReviewFormatException(sourceName, lines.get(headingAt).number(),
                    "numbered entries ('1. Author, A.; … Title. *Journal* **Year**, …') after 'References'");
        }
        return entries;
    }
}
