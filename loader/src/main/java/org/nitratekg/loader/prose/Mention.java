package org.nitratekg.loader.prose;

import org.apache.jena.rdf.model.Resource;

/** A lexicon term found in a sentence: the term, its class, and where it was found. */
record Mention(Resource term, Resource kind, int start, int end, String surface) {
    boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
