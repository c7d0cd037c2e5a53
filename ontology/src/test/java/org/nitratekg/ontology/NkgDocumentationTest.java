package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The documentation page is generated from the ontology: it lists every term and escapes what it shows. */
class NkgDocumentationTest {
    private static String html;
    private static Model ontology;

    @BeforeAll
    static void render() {
        html = NkgDocumentation.html();
        ontology = NkgOntology.ontology();
    }

    @Test
    void listsEveryClassWithItsLabelAndDefinition() {
        var classes = ontology.listSubjectsWithProperty(RDF.type, OWL.Class)
                .filterKeep(c -> c.isURIResource() && c.getURI().startsWith(NKG.NS)).toList();
        assertThat(classes).hasSizeGreaterThan(60);
        for (Resource c : classes) {
            assertThat(html).contains("id=\"" + c.getLocalName() + "\"")
                    .contains(DocumentationWriter.escape(c.getProperty(RDFS.label).getString()))
                    .contains(DocumentationWriter.escape(c.getProperty(SKOS.definition).getString()));
        }
    }

    @Test
    void listsEveryPropertyIndividualAndLocalUnit() {
        ontology.listSubjects().filterKeep(s -> s.isURIResource()
                        && (s.getURI().startsWith(NKG.NS) || s.getURI().startsWith(NkgUnits.NS)) && s.hasProperty(RDF.type))
                .forEachRemaining(term -> assertThat(html).as(term.getURI())
                        .contains("id=\"" + DocumentationWriter.anchor(term) + "\""));
    }

    @Test
    void showsMetadataHierarchyDomainsAltLabelsAndMappings() {
        assertThat(html).contains("https://creativecommons.org/licenses/by/4.0/")
                .contains("https://w3id.org/nitrate-kg/ontology/0.1.0")
                .contains("nkg: https://w3id.org/nitrate-kg/ontology#")
                // the hierarchy nests single-atom catalysts under atomically dispersed catalysts
                .containsPattern("href=\"#AtomicallyDispersedCatalyst\">nkg:AtomicallyDispersedCatalyst</a><ul>.*"
                        + "href=\"#SingleAtomCatalyst\"")
                // a union domain is spelled out
                .contains("nkg:SiteMotif or nkg:Coordination")
                .contains("SAC")
                .contains("href=\"http://purl.obolibrary.org/obo/CHEBI_17632\"")
                .contains("(nitrate)")
                .contains("ug/(h.cm2)");
    }

    @Test
    void escapesEverythingItShows() {
        Model m = NkgOntology.ontologyWithImports();
        Resource evil = m.createResource(NKG.NS + "Evil").addProperty(RDF.type, OWL.Class)
                .addProperty(RDFS.label, "<script>alert('x')</script>")
                .addProperty(SKOS.definition, "a & b \"quoted\"");
        assertThat(evil.getURI()).startsWith(NKG.NS);
        String page = new DocumentationWriter(m).write();
        assertThat(page).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("a &amp; b &quot;quoted&quot;");
    }
}
