package org.nitratekg.loader.write;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.nitratekg.loader.normalize.TextNormalizer;
import org.nitratekg.loader.read.SourceLine;
import org.nitratekg.loader.segment.FrontMatter;
import org.nitratekg.loader.segment.SegmentedReview;
import org.nitratekg.ontology.NKG;

/** Writes the review resource: title, authors, affiliations, DOI, licence, dates, abstract and keywords. */
final class FrontMatterWriter {
    static final Pattern DOI = Pattern.compile("(?:doi\\.org/|doi:\\s*)(10\\.\\d{4,9}/[^\\s>]+?)(?=[>.,;]?(?:\\s|$)|>)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LICENSE = Pattern.compile("https?://creativecommons\\.org/[^\\s>)]+");
    private static final Pattern AUTHOR_MARKS = Pattern.compile("\\s*(?:\\^\\{[^}]*\\}|\\[[^\\]]{1,3}\\]|[*†‡§]+)");
    private static final Pattern AFFILIATION_MARK = Pattern.compile("^\\s*(?:\\^\\{[^}]*\\}|\\^\\d+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\d{1,2}(?=\\s*\\p{Lu}))\\s*");
    private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private FrontMatterWriter() {}

    /** The DOI printed in the front matter (e.g. in "How To Cite:"), if any. */
    static Optional<String> doi(FrontMatter front) {
        for (SourceLine line : front.labelled().values()) {
            Matcher m = DOI.matcher(line.text());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * The source's file name without its folders: the graph is published and searchable, and the folders an input
     * was read from (a home directory, a user name) are the loading machine's business, not the data's.
     */
    static String fileName(String sourceName) {
        return sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
    }

    static String title(FrontMatter front) {
        return TextNormalizer.plain(front.title().text());
    }

    static void write(WriteContext ctx, SegmentedReview segmented) {
        FrontMatter front = segmented.frontMatter();
        Resource review = ctx.review.addProperty(RDF.type, NKG.Review)
                .addProperty(DCTerms.title, title(front))
                .addProperty(RDFS.label, title(front))
                .addProperty(Terms.wasGeneratedBy, ctx.model.createResource(ctx.iris.part("extraction"))
                        .addProperty(RDF.type, NKG.ExtractionActivity)
                        .addProperty(Terms.used, ctx.provenance.source()));
        ctx.provenance.source().addProperty(RDF.type, Terms.ProvEntity)
                .addProperty(RDFS.label, fileName(segmented.sourceName()))
                .addProperty(DCTerms.format, "text/plain");
        review.addProperty(Terms.wasDerivedFrom, ctx.provenance.source());
        if (front.articleType() != null) {
            review.addProperty(DCTerms.type, front.articleType());
        }
        doi(front).ifPresent(doi -> review.addProperty(Terms.doi, doi));
        if (front.authors() != null) {
            String[] names = AUTHOR_MARKS.matcher(front.authors().text()).replaceAll("")
                    .split("\\s*,\\s*|\\s+and\\s+");
            int n = 0;
            for (String name : names) {
                if (!name.isBlank()) {
                    n++;
                    review.addProperty(DCTerms.creator, ctx.model.createResource(ctx.iris.part("author/" + n))
                            .addProperty(RDF.type, Terms.Person)
                            .addProperty(Terms.name, name.strip())
                            .addProperty(NKG.ordinal, Terms.integer(n)));
                }
            }
        }
        for (SourceLine line : front.affiliations()) {
            review.addProperty(NKG.affiliation, TextNormalizer.plain(AFFILIATION_MARK.matcher(line.text()).replaceAll("")));
        }
        date(review, DCTerms.dateSubmitted, front.value("received"));
        date(review, DCTerms.modified, front.value("revised"));
        date(review, DCTerms.dateAccepted, front.value("accepted"));
        date(review, DCTerms.issued, front.value("published"));
        front.value("abstract").ifPresent(a -> review.addProperty(DCTerms.abstract_, TextNormalizer.plain(a)));
        front.value("keywords").ifPresent(k -> {
            for (String keyword : TextNormalizer.plain(k).split("\\s*;\\s*")) {
                if (!keyword.isBlank()) {
                    review.addProperty(DCTerms.subject, keyword.replaceAll("[.]$", ""));
                }
            }
        });
        for (SourceLine line : segmented.furniture()) {
            Matcher m = LICENSE.matcher(line.text());
            if (m.find() && !review.hasProperty(DCTerms.license)) {
                review.addProperty(DCTerms.license, ctx.model.createResource(m.group()));
                review.addProperty(DCTerms.rights, TextNormalizer.plain(line.text()));
            }
        }
    }

    private static void date(Resource review, Property property, Optional<String> printed) {
        printed.ifPresent(p -> {
            try {
                LocalDate date = LocalDate.parse(p.strip(), PRINTED_DATE);
                review.addProperty(property, review.getModel().createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
            } catch (DateTimeParseException e) {
                review.addProperty(property, p.strip());
            }
        });
    }
}
