package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;

/** The ontology header says what it is, who makes it, under which license, and which version it is. */
class OntologyMetadataTest {
    private final Model model = NkgOntology.ontology();
    private final Resource ontology = model.getResource(NKG.ONTOLOGY_IRI);

    private String string(String propertyIri) {
        return ontology.getRequiredProperty(model.createProperty(propertyIri)).getObject().toString();
    }

    @Test
    void hasTitleDescriptionLicenseAndCreator() {
        assertThat(ontology.getProperty(DCTerms.title).getString()).isEqualTo("nitrate-kg ontology");
        assertThat(ontology.getProperty(DCTerms.description).getString()).contains("nitrate");
        assertThat(ontology.getPropertyResourceValue(DCTerms.license).getURI())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(ontology.getPropertyResourceValue(DCTerms.creator).getURI()).isEqualTo("https://w3id.org/nitrate-kg/");
    }

    @Test
    void versionIriEndsWithTheVersionInfo() {
        String version = ontology.getProperty(OWL.versionInfo).getString();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(string(OWL.NS + "versionIRI")).isEqualTo(NKG.ONTOLOGY_IRI + "/" + version);
    }

    @Test
    void preferredPrefixAndNamespaceMatchTheJavaVocabulary() {
        assertThat(ontology.getProperty(model.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix"))
                .getString()).isEqualTo("nkg");
        assertThat(ontology.getProperty(model.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri"))
                .getString()).isEqualTo(NKG.NS);
    }
}
