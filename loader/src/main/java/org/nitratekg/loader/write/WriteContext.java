package org.nitratekg.loader.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.nitratekg.loader.ReviewFormatException;
import org.nitratekg.loader.extract.Citation;
import org.nitratekg.loader.extract.CitationParser;
import org.nitratekg.loader.read.SourceLine;
import org.nitratekg.loader.segment.Heading;
import org.nitratekg.ontology.NKG;

/** What the writers share while writing one review: the model, IRIs, the review, its sections and references. */
final class WriteContext {
    final String sourceName;
    final Model model;
    final DataIris iris;
    final Resource review;
    final Provenance provenance;
    final Map<Integer, Resource> references = new HashMap<>();
    final Map<Heading, Resource> sections = new HashMap<>();

    WriteContext(String sourceName, Model model, DataIris iris, Resource review, Provenance provenance) {
        this.sourceName = sourceName;
        this.model = model;
        this.iris = iris;
        this.review = review;
        this.provenance = provenance;
    }

    /** Adds cito:cites for each citation printed on the line; a number outside the reference list is an error. */
    void cite(Resource part, SourceLine line, String printed) {
        for (Citation citation : CitationParser.find(printed)) {
            for (int number : citation.numbers()) {
                Resource reference = references.get(number);
                if (reference == null) {
                    String found = number == CitationParser.TOO_LARGE
                            ? printed.substring(citation.start(), citation.end()) : "[" + number + "]";
                    throw new ReviewFormatException(sourceName, line.number(), "a citation of references 1–"
                            + references.size() + ", found " + found);
                }
                part.addProperty(Terms.cites, reference);
            }
        }
    }

    void cite(Resource part, List<SourceLine> lines) {
        for (SourceLine line : lines) {
            cite(part, line, line.text());
        }
    }

    Resource section(Heading heading) {
        return sections.get(heading);
    }

    void inSection(Resource part, Heading heading) {
        Resource section = section(heading);
        if (section != null) {
            part.addProperty(NKG.inSection, section);
        }
    }
}
