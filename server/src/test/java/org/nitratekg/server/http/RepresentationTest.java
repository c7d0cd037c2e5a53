package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepresentationTest {

    @Test
    void browsersGetHtml() {
        assertThat(Representation.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", null))
                .contains(Representation.HTML);
    }

    @Test
    void machinesGetTheSyntaxTheyAskFor() {
        assertThat(Representation.choose("application/ld+json", null)).contains(Representation.JSONLD);
        assertThat(Representation.choose("application/n-triples", null)).contains(Representation.NTRIPLES);
        assertThat(Representation.choose("application/rdf+xml", null)).contains(Representation.RDFXML);
        assertThat(Representation.choose("text/turtle;q=0.9, application/ld+json;q=0.5", null)).contains(Representation.TURTLE);
    }

    @Test
    void noPreferenceMeansTurtle() {
        assertThat(Representation.choose(null, null)).contains(Representation.TURTLE);
        assertThat(Representation.choose("*/*", null)).contains(Representation.TURTLE);
    }

    @Test
    void formatParameterWinsAndUnknownTypesAreNotAcceptable() {
        assertThat(Representation.choose("text/html", "jsonld")).contains(Representation.JSONLD);
        assertThat(Representation.choose("image/png", null)).isEmpty();
        assertThat(Representation.choose(null, "pdf")).isEmpty();
    }
}
