package org.nitratekg.loader.classify;

import java.util.List;

import org.apache.jena.rdf.model.Resource;

/**
 * A class given to a catalyst and why: the kind of evidence ({@code basis}: name pattern, sentence, reference
 * title, citing sentence, section title, or none), a short reason quoting the wording, the paragraphs, captions
 * or sections it was read from, and the cited works whose titles it quotes.
 */
record Finding(CatalystClass cls, String basis, String reason, List<Resource> parts, List<Resource> works) {

    static Finding of(CatalystClass cls, String basis, String reason) {
        return new Finding(cls, basis, reason, List.of(), List.of());
    }
}
