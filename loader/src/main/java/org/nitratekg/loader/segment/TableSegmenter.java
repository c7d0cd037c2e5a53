package org.nitratekg.loader.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nitratekg.loader.ReviewFormatException;
import org.nitratekg.loader.normalize.TextNormalizer;
import org.nitratekg.loader.read.SourceLine;

/**
 * Cuts a table out of the line stream: the "Table N. caption" line, a tab-separated header, data rows, further parts
 * that repeat the header (after blank lines, page furniture or a running head), and notes.
 */
final class TableSegmenter {
    static final Pattern CAPTION = Pattern.compile("^\\s*Table\\s+(\\d+)\\s*[.:]\\s*(.*)$");
    /** A cell only a data row has: a figure ("−0.4 V", "85.9", "+0.4 V"), a dash for "no value", a citation. */
    private static final Pattern DATA_CELL = Pattern.compile("[−–+-]?\\s*\\d.*|[—–−-]|\\[\\s*\\d.*|\\$?[−–+-]?\\d.*");
    /** The authors' running head a page prints above its text ("Kim and Park et al."), which may cut a table. */
    private static final Pattern RUNNING_HEAD = Pattern.compile("(?i)\\bet\\s+al\\b");
    private static final Pattern NOTE = Pattern.compile("^\\s*(?:Notes?|Abbreviations|Footnotes?)\\s*:");

    private final String sourceName;
    private final List<SourceLine> lines;

    TableSegmenter(String sourceName, List<SourceLine> lines) {
        this.sourceName = sourceName;
        this.lines = lines;
    }

    record Result(Block.Table table, int next) {}

    /** Reads the table whose caption is at index {@code at}; returns it with the index of the first line after it. */
    Result read(int at, Heading section) {
        SourceLine caption = lines.get(at);
        Matcher m = CAPTION.matcher(caption.text());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a table caption: " + caption.text());
        }
        int number = Integer.parseInt(m.group(1));
        int i = skipGaps(at + 1);
        if (i >= lines.size() || !lines.get(i).text().contains("\t")) {
            int where = i < lines.size() ? lines.get(i).number() : caption.number();
            throw new ReviewFormatException(sourceName, where,
                    "a tab-separated header row under 'Table " + number + ".'");
        }
        List<Block.TablePart> parts = new ArrayList<>();
        List<SourceLine> notes = new ArrayList<>();
        SourceLine header = lines.get(i);
        checkIsHeader(number, header);
        List<String> headerKey = key(header);
        List<SourceLine> rows = new ArrayList<>();
        i++;
        int unitLine = skipGaps(i);
        if (unitLine < lines.size() && isHeaderContinuation(lines.get(unitLine))) {
            header = mergeHeader(header, lines.get(unitLine));
            i = unitLine + 1;
        }
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (line.isBlank() || PageFurniture.is(line.text())) {
                i++;
            } else if (line.text().contains("\t")) {
                if (key(line).equals(headerKey)) {
                    parts.add(new Block.TablePart(header, List.copyOf(rows)));
                    header = line;
                    rows = new ArrayList<>();
                    int next = skipGaps(i + 1);
                    if (next < lines.size() && isHeaderContinuation(lines.get(next))) {
                        header = mergeHeader(header, lines.get(next));
                        i = next;
                    }
                } else {
                    checkCells(number, header, line);
                    rows.add(line);
                }
                i++;
            } else if (NOTE.matcher(line.text()).find()) {
                notes.add(line);
                i++;
            } else if (!looksStructural(line) && (nextIsHeaderRepeat(i + 1, headerKey)
                    || (RUNNING_HEAD.matcher(line.text()).find() && nextIsRow(i + 1, headerKey.size())))) {
                i++; // a running head between two parts of the table, or between two rows where a page breaks
            } else if (!looksStructural(line) && nextIsRow(i + 1, headerKey.size())) {
                // Rows go on after it: a row that lost its tabs, which would otherwise vanish from the table.
                checkCells(number, header, line);
                i++;
            } else {
                break;
            }
        }
        parts.add(new Block.TablePart(header, List.copyOf(rows)));
        if (parts.stream().allMatch(p -> p.rows().isEmpty())) {
            throw new ReviewFormatException(sourceName, header.number() + 1,
                    "at least one tab-separated data row under the header of Table " + number);
        }
        return new Result(new Block.Table(section, caption, number, m.group(2).strip(), List.copyOf(parts),
                List.copyOf(notes)), i);
    }

    /**
     * The line under the caption must name the columns: a line with a figure, a dash or a citation in a cell is a
     * data row, and taking it for the header would shift every row of the table under the wrong columns.
     */
    private void checkIsHeader(int table, SourceLine header) {
        for (String cell : header.text().split("\t", -1)) {
            String c = cell.strip();
            if (DATA_CELL.matcher(c).matches()) {
                throw new ReviewFormatException(sourceName, header.number(), "a header row of column names under 'Table "
                        + table + ".', found a data row (cell '" + c + "')");
            }
        }
    }

    /**
     * A table printed twice (or a part pasted again) would silently double its rows: a data row that repeats an
     * earlier row of the same table, cell for cell, is refused at the line of the repeat.
     */
    static void checkNoRepeatedRows(String sourceName, Block.Table table) {
        java.util.Map<String, SourceLine> seen = new java.util.HashMap<>();
        for (Block.TablePart part : table.parts()) {
            for (SourceLine row : part.rows()) {
                SourceLine first = seen.putIfAbsent(String.join("\t", key(row)), row);
                if (first != null) {
                    throw new ReviewFormatException(sourceName, row.number(), "a row not yet in Table " + table.number()
                            + ", found a repeat of line " + first.number() + " (is the table printed twice?)");
                }
            }
        }
    }

    private boolean nextIsHeaderRepeat(int from, List<String> headerKey) {
        int j = skipGaps(from);
        return j < lines.size() && key(lines.get(j)).equals(headerKey);
    }

    /** A second header line that only gives units: "\t(V vs. RHE)\t(%)\t(mg h-1 cm-2)\t". */
    private static boolean isHeaderContinuation(SourceLine line) {
        if (!line.text().contains("\t")) {
            return false;
        }
        boolean any = false;
        for (String cell : line.text().split("\t", -1)) {
            String c = cell.strip();
            if (!c.isEmpty()) {
                if (!c.matches("[(\\[].*[)\\]]")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The header with each unit cell appended to the header cell above it. */
    private static SourceLine mergeHeader(SourceLine header, SourceLine units) {
        String[] top = header.text().split("\t", -1);
        String[] bottom = units.text().split("\t", -1);
        StringBuilder merged = new StringBuilder();
        for (int k = 0; k < top.length; k++) {
            String below = k < bottom.length ? bottom[k].strip() : "";
            merged.append(k == 0 ? "" : "\t").append(top[k]).append(below.isEmpty() ? "" : " " + below);
        }
        return new SourceLine(header.number(), header.offset(), merged.toString());
    }

    /** A heading or caption ends a table even when tab-separated lines follow it. */
    private static boolean looksStructural(SourceLine line) {
        return line.text().matches("^\\s*\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+\\p{Lu}.*")
                || HeadingRecognizer.isBackMatter(line) || CAPTION.matcher(line.text()).matches()
                || line.text().matches("^\\s*(?:Figure|Fig\\.)\\s*\\d+.*");
    }

    private boolean nextIsRow(int from, int cells) {
        int j = skipGaps(from);
        return j < lines.size() && lines.get(j).text().contains("\t") && key(lines.get(j)).size() == cells;
    }

    private int skipGaps(int from) {
        int i = from;
        while (i < lines.size() && (lines.get(i).isBlank() || PageFurniture.is(lines.get(i).text()))) {
            i++;
        }
        return i;
    }

    private void checkCells(int table, SourceLine header, SourceLine row) {
        int expected = header.text().split("\t", -1).length;
        String[] cells = row.text().split("\t", -1);
        int found = cells.length;
        while (found > expected && cells[found - 1].isBlank()) {
            found--;
        }
        if (found != expected) {
            throw new ReviewFormatException(sourceName, row.number(),
                    expected + " tab-separated cells as in the header of Table " + table + ", found " + found);
        }
    }

    /** A header compared after normalization, so "FE (NH_3)" and "FE (NH ₃)" are the same header. */
    private static List<String> key(SourceLine line) {
        List<String> key = new ArrayList<>();
        for (String cell : line.text().split("\t", -1)) {
            key.add(TextNormalizer.plain(cell).replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        }
        while (!key.isEmpty() && key.getLast().isEmpty()) {
            key.removeLast();
        }
        return key;
    }
}
