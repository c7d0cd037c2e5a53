package org.nitratekg.queries.gold;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read as a header and rows (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes),
 * each row keeping the line it starts on. Gold files are typed by hand, so a row with more or fewer fields than the
 * header is refused with its line rather than read into the wrong columns.
 */
public record CsvRows(String source, List<String> header, List<Row> rows) {

    /** Blank lines are read as records (and skipped below) so that the line count stays true. */
    private static final Pattern START_LINE = Pattern.compile("(?s).*\\(startline (\\d+)\\)\\s*(.*)");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    public CsvRows {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static CsvRows read(String source, Reader in) {
        try (CSVParser parser = CSVParser.parse(in, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            long line = 1;
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            while (hasNext(records, source, parser)) {
                CSVRecord record = records.next();
                if (header == null) {
                    header = record.toList().stream().map(String::strip).toList();
                    if (header.stream().allMatch(String::isEmpty)) {
                        throw new GoldFormatException(source, line, "a header row of column names, found an empty line");
                    }
                } else if (!(record.size() == 1 && record.get(0).isBlank())) {
                    rows.add(row(source, line, header, record));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            if (header == null) {
                throw new GoldFormatException(source, 1, "a header row of column names, found an empty file");
            }
            return new CsvRows(source, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** commons-csv reports a malformed file (say, an unclosed quote) only when asked for the next record. */
    private static boolean hasNext(Iterator<CSVRecord> records, String source, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            long line = Math.max(1, parser.getCurrentLineNumber());
            // commons-csv says where the broken record starts as "(startline N) what went wrong".
            Matcher startLine = START_LINE.matcher(reason == null ? "" : reason);
            if (startLine.matches()) {
                line = Long.parseLong(startLine.group(1));
                reason = startLine.group(2);
            }
            throw new GoldFormatException(source, line, "well-formed CSV (" + reason + ")");
        }
    }

    private static Row row(String source, long line, List<String> header, CSVRecord record) {
        if (record.size() != header.size()) {
            throw new GoldFormatException(source, line,
                    header.size() + " fields as in the header, found " + record.size());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), record.get(i).strip());
        }
        return new Row(source, line, cells);
    }

    public boolean hasColumn(String column) {
        return header.contains(column);
    }
}
