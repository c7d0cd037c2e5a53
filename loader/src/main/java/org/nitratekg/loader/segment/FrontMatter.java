package org.nitratekg.loader.segment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nitratekg.loader.read.SourceLine;

/**
 * What precedes the first numbered section: article type, title, authors, affiliations and the labelled lines
 * ("Received:", "Abstract:", "Keywords:", "How To Cite:" …), keyed by their label in lower case.
 */
public record FrontMatter(String articleType, SourceLine title, SourceLine authors, List<SourceLine> affiliations,
                          Map<String, SourceLine> labelled) {

    /** The value of a labelled line ("received" gives "17 August 2025"), if the front matter has it. */
    public Optional<String> value(String label) {
        SourceLine line = labelled.get(label);
        if (line == null) {
            return Optional.empty();
        }
        int colon = line.text().indexOf(':');
        return Optional.of(line.text().substring(colon + 1).strip());
    }
}
