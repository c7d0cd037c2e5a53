package org.nitratekg.loader.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.nitratekg.loader.extract.CitationParser;
import org.nitratekg.loader.extract.Column;
import org.nitratekg.loader.extract.ColumnRole;
import org.nitratekg.loader.extract.FootnoteMarks;
import org.nitratekg.loader.extract.TableLayout;
import org.nitratekg.loader.normalize.MappedText;
import org.nitratekg.loader.normalize.TextNormalizer;
import org.nitratekg.loader.read.SourceLine;
import org.nitratekg.loader.segment.Block;
import org.nitratekg.ontology.NKG;

/** Writes a table, its rows (numbered across parts) and cells; performance tables also get their figures. */
final class TableWriter {

    private static final Pattern BARE_NUMBERS = Pattern.compile("\\d{1,4}(?:\\s*[,;–-]\\s*\\d{1,4})*");

    private TableWriter() {}

    /** A cell of a row: its column, printed text, normalized text and file offset. */
    record Cell(Column column, String printed, MappedText normalized, int offset, SourceLine line, Resource resource) {}

    static void write(WriteContext ctx, Block.Table table) {
        String tableIri = ctx.iris.part("table/" + table.number());
        SourceLine caption = table.caption();
        String captionText = TextNormalizer.plain(caption.text());
        Resource t = ctx.model.createResource(tableIri)
                .addProperty(RDF.type, NKG.Table)
                .addProperty(NKG.partOfReview, ctx.review)
                .addProperty(NKG.tableNumber, Terms.integer(table.number()))
                .addProperty(DCTerms.title, TextNormalizer.plain(table.title()))
                .addProperty(NKG.text, captionText)
                .addProperty(NKG.printedText, caption.text().strip());
        ctx.inSection(t, table.section());
        ctx.provenance.locate(t, caption.number(), caption.offset(), caption.endOffset());
        ctx.cite(t, caption, caption.text());
        for (SourceLine note : table.notes()) {
            t.addProperty(SKOS.note, TextNormalizer.plain(note.text()));
            ctx.cite(t, note, note.text());
        }
        List<String> headers = new ArrayList<>();
        for (String h : table.parts().getFirst().header().text().split("\t", -1)) {
            headers.add(TextNormalizer.plain(h));
        }
        while (!headers.isEmpty() && headers.getLast().isEmpty()) {
            headers.removeLast();
        }
        TableLayout layout = TableLayout.of(headers);
        int rowNumber = 0;
        String catalyst = null;
        String noteElectrode = noteElectrode(table);
        for (int part = 1; part <= table.parts().size(); part++) {
            for (SourceLine line : table.parts().get(part - 1).rows()) {
                rowNumber++;
                Resource row = ctx.model.createResource(tableIri + "/row/" + rowNumber)
                        .addProperty(RDF.type, NKG.TableRow)
                        .addProperty(NKG.inTable, t)
                        .addProperty(NKG.partOfReview, ctx.review)
                        .addProperty(NKG.ordinal, Terms.integer(rowNumber))
                        .addProperty(NKG.tablePart, Terms.integer(part))
                        .addProperty(NKG.printedText, line.text());
                ctx.inSection(row, table.section());
                ctx.provenance.locate(row, line.number(), line.offset(), line.endOffset());
                ctx.cite(row, line, line.text());
                List<Cell> cells = writeCells(ctx, row, line, layout);
                citeBareReferenceNumbers(ctx, row, line, cells);
                row.addProperty(NKG.text, String.join(" | ", cells.stream().map(c -> c.normalized().text()).toList()));
                if (layout.isPerformanceTable()) {
                    Map<ColumnRole, Cell> byRole = new TreeMap<>();
                    cells.forEach(c -> byRole.putIfAbsent(c.column().role(), c));
                    catalyst = PerformanceWriter.write(ctx, row, byRole, catalyst, noteElectrode);
                }
            }
        }
    }

    /** The reference electrode a table note states for all potentials ("… versus RHE"), if any. */
    private static String noteElectrode(Block.Table table) {
        for (SourceLine note : table.notes()) {
            String text = TextNormalizer.plain(note.text());
            if (text.toLowerCase(java.util.Locale.ROOT).contains("reversible hydrogen electrode")) {
                return "RHE";
            }
            java.util.Optional<String> electrode = TableLayout.electrode(text);
            if (electrode.isPresent()) {
                return electrode.get();
            }
        }
        return null;
    }

    /** A reference column may print "12" or "12, 13" without brackets. */
    private static void citeBareReferenceNumbers(WriteContext ctx, Resource row, SourceLine line, List<Cell> cells) {
        for (Cell cell : cells) {
            String text = cell.normalized().text();
            if (cell.column().role() == ColumnRole.REFERENCE && CitationParser.find(cell.printed()).isEmpty()
                    && BARE_NUMBERS.matcher(text).matches()) {
                ctx.cite(row, line, "[" + text + "]");
            }
        }
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node TABLE_CELL = NKG.TableCell.asNode();
    private static final Node PART_OF_REVIEW = NKG.partOfReview.asNode();
    private static final Node COLUMN_HEADER = NKG.columnHeader.asNode();
    private static final Node ORDINAL = NKG.ordinal.asNode();
    private static final Node PRINTED_TEXT = NKG.printedText.asNode();
    private static final Node TEXT = NKG.text.asNode();
    private static final Node HAS_CELL = NKG.hasCell.asNode();

    private static List<Cell> writeCells(WriteContext ctx, Resource row, SourceLine line, TableLayout layout) {
        List<Cell> cells = new ArrayList<>();
        String[] printed = line.text().split("\t", -1);
        int offset = line.offset();
        Graph graph = ctx.model.getGraph();
        Node rowNode = row.asNode();
        String rowIri = row.getURI();
        Node review = ctx.review.asNode();
        for (int i = 0; i < printed.length; i++) {
            if (i < layout.columns().size()) {
                Column column = layout.columns().get(i);
                MappedText normalized = TextNormalizer.normalize(FootnoteMarks.strip(printed[i]));
                // straight to the graph: cells are the most numerous parts, and the Model API wraps every statement
                Node c = NodeFactory.createURI(rowIri + "/cell/" + (i + 1));
                graph.add(c, TYPE, TABLE_CELL);
                graph.add(c, PART_OF_REVIEW, review);
                graph.add(c, COLUMN_HEADER, NodeFactory.createLiteralString(column.header()));
                graph.add(c, ORDINAL, Terms.integerNode(i + 1));
                graph.add(c, PRINTED_TEXT, NodeFactory.createLiteralString(printed[i]));
                graph.add(c, TEXT, NodeFactory.createLiteralString(normalized.text()));
                graph.add(rowNode, HAS_CELL, c);
                Resource cell = ctx.model.wrapAsResource(c);
                int start = offset;
                int end = offset + printed[i].length();
                ctx.provenance.locate(cell, line.number(), start, end);
                cells.add(new Cell(column, printed[i], normalized, start, line, cell));
            }
            offset += printed[i].length() + 1;
        }
        return cells;
    }
}
