package org.nitratekg.loader.write;

import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.nitratekg.loader.extract.CaptionPanels;
import org.nitratekg.loader.normalize.TextNormalizer;
import org.nitratekg.loader.read.SourceLine;
import org.nitratekg.loader.segment.Block;
import org.nitratekg.loader.segment.Heading;
import org.nitratekg.loader.segment.SegmentedReview;
import org.nitratekg.ontology.NKG;

/** Writes sections, paragraphs and figure captions with their text, provenance and citations. */
final class BodyWriter {

    private BodyWriter() {}

    static void writeSections(WriteContext ctx, SegmentedReview segmented) {
        int ordinal = 0;
        for (Heading heading : segmented.headings()) {
            String title = TextNormalizer.plain(heading.title());
            Resource section = ctx.model.createResource(ctx.iris.section(heading.number(), heading.title()))
                    .addProperty(RDF.type, NKG.Section)
                    .addProperty(NKG.partOfReview, ctx.review)
                    .addProperty(DCTerms.title, title)
                    .addProperty(RDFS.label, heading.numbered() ? heading.number() + ". " + title : title)
                    .addProperty(NKG.printedText, heading.line().text())
                    .addProperty(NKG.ordinal, Terms.integer(++ordinal));
            if (heading.numbered()) {
                section.addProperty(NKG.sectionNumber, heading.number());
            }
            if (heading.parent() != null) {
                section.addProperty(NKG.subsectionOf, ctx.section(heading.parent()));
            }
            ctx.provenance.locate(section, heading.line().number(), heading.line().offset(), heading.line().endOffset());
            ctx.sections.put(heading, section);
        }
    }

    static void writeParagraph(WriteContext ctx, Block.Paragraph paragraph, int number) {
        String printed = paragraph.pieces().stream().map(l -> l.text().strip()).collect(Collectors.joining(" "));
        Resource p = ctx.model.createResource(ctx.iris.part("paragraph/" + number))
                .addProperty(RDF.type, NKG.Paragraph)
                .addProperty(NKG.partOfReview, ctx.review)
                .addProperty(NKG.text, TextNormalizer.plain(printed))
                .addProperty(NKG.printedText, printed)
                .addProperty(NKG.ordinal, Terms.integer(number));
        ctx.inSection(p, paragraph.section());
        SourceLine first = paragraph.pieces().getFirst();
        SourceLine last = paragraph.pieces().getLast();
        ctx.provenance.locate(p, first.number(), first.offset(), last.endOffset());
        ctx.cite(p, paragraph.pieces());
    }

    static void writeCaption(WriteContext ctx, Block.Caption caption, int ordinal) {
        SourceLine line = caption.line();
        Resource c = ctx.model.createResource(ctx.iris.part("figure/" + caption.figureNumber()))
                .addProperty(RDF.type, NKG.FigureCaption)
                .addProperty(NKG.partOfReview, ctx.review)
                .addProperty(NKG.figureNumber, Terms.integer(caption.figureNumber()))
                .addProperty(NKG.text, TextNormalizer.plain(line.text()))
                .addProperty(NKG.printedText, line.text().strip())
                .addProperty(NKG.ordinal, Terms.integer(ordinal));
        ctx.inSection(c, caption.section());
        ctx.provenance.locate(c, line.number(), line.offset(), line.endOffset());
        ctx.cite(c, line, line.text());
        for (CaptionPanels.Panel panel : CaptionPanels.split(line.text())) {
            String printed = line.text().substring(panel.start(), panel.end()).strip();
            Resource p = ctx.model.createResource(c.getURI() + "/panel/" + String.join("", panel.labels()))
                    .addProperty(RDF.type, NKG.FigurePanel)
                    .addProperty(NKG.partOfReview, ctx.review)
                    .addProperty(NKG.panelOf, c)
                    .addProperty(NKG.printedText, printed)
                    .addProperty(NKG.text, TextNormalizer.plain(printed));
            panel.labels().forEach(label -> p.addProperty(NKG.panelLabel, label));
            ctx.inSection(p, caption.section());
            int start = line.offset() + panel.start();
            ctx.provenance.locate(p, line.number(), start, start + printed.length());
            ctx.cite(p, line, printed);
        }
    }
}
