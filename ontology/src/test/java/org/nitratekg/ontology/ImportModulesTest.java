package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The term modules, their term lists, the catalog and the ontology's imports fit together. */
class ImportModulesTest {
    /** Declared in every hand-written module so each one is OWL 2 DL on its own; not a term the ontology uses. */
    private static final String MODULE_METADATA = "http://purl.org/dc/terms/source";

    private final Map<String, String> catalog = NkgOntology.catalog().locations();

    private static Set<String> termList(String module) throws IOException {
        Path list = OwlApiLoader.ONTOLOGY_DIR.resolve("imports/" + module + "_terms.txt");
        return Files.readAllLines(list).stream()
                .map(line -> line.replaceFirst("(^|\\s)#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> declaredTerms(Model module) {
        Set<String> terms = new TreeSet<>();
        module.listStatements(null, RDF.type, (RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource() && !s.getObject().equals(OWL.Ontology)) {
                terms.add(s.getSubject().getURI());
            }
        });
        return terms;
    }

    @Test
    void theOntologyImportsExactlyTheModulesOfTheCatalog() {
        Model ontology = NkgOntology.ontology();
        Set<String> imports = ontology.listObjectsOfProperty(ontology.getResource(NKG.ONTOLOGY_IRI), OWL.imports)
                .mapWith(RDFNode::toString).toSet();
        assertThat(imports).isEqualTo(catalog.keySet()).hasSize(9);
    }

    @Test
    void everyCatalogEntryIsAFileWhoseOntologyIriIsTheImportIri() {
        catalog.forEach((iri, location) -> {
            assertThat(OwlApiLoader.ONTOLOGY_DIR.resolve(location)).as(iri).isRegularFile();
            Model module = NkgOntology.read(NkgOntology.RESOURCE_DIR + location);
            assertThat(module.contains(module.getResource(iri), RDF.type, OWL.Ontology)).as(location).isTrue();
        });
    }

    @Test
    void everyHandWrittenModuleDeclaresExactlyItsTermListWithLabels() throws IOException {
        for (String location : catalog.values()) {
            String module = location.replaceFirst("^imports/", "").replaceFirst("_import\\.ttl$", "");
            Model model = NkgOntology.read(NkgOntology.RESOURCE_DIR + location);
            Set<String> declared = declaredTerms(model);
            Set<String> listed = termList(module);
            if (module.equals("chmo")) {
                // The extracted module also holds the ancestors of the listed terms.
                assertThat(declared).as(location).containsAll(listed);
                continue;
            }
            if (!module.equals("dcterms")) {
                declared.remove(MODULE_METADATA);
            }
            assertThat(declared).as(location + " against " + module + "_terms.txt").isEqualTo(listed);
            for (String term : declared) {
                assertThat(model.contains(model.getResource(term), RDFS.label)).as(term + " labelled").isTrue();
            }
        }
    }

    @Test
    void everyExternalClassAndPropertyTheOntologyUsesIsDeclaredInAModule() {
        Model ontology = NkgOntology.ontology();
        Model all = NkgOntology.ontologyWithImports();
        Set<Property> structural = Set.of(RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range);
        Set<String> undeclared = new TreeSet<>();
        for (Statement s : ontology.listStatements().toList()) {
            check(all, s.getPredicate(), undeclared);
            if (structural.contains(s.getPredicate()) && s.getObject().isURIResource()) {
                check(all, s.getObject().asResource(), undeclared);
            }
        }
        assertThat(undeclared).isEmpty();
    }

    private static void check(Model all, Resource term, Set<String> undeclared) {
        String iri = term.getURI();
        boolean builtIn = iri.startsWith(RDF.getURI()) || iri.startsWith(RDFS.getURI()) || iri.startsWith(OWL.NS)
                || iri.startsWith("http://www.w3.org/2001/XMLSchema#");
        if (!builtIn && !all.contains(term, RDF.type)) {
            undeclared.add(iri);
        }
    }

    @Test
    void everyChebiAndChmoMatchTargetIsDeclaredWithALabel() {
        Model all = NkgOntology.ontologyWithImports();
        Set<String> targets = new TreeSet<>();
        for (Property match : Set.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch)) {
            all.listObjectsOfProperty(match).forEachRemaining(o -> {
                if (o.isURIResource() && o.asResource().getURI().matches("http://purl\\.obolibrary\\.org/obo/(CHEBI|CHMO)_.*")) {
                    targets.add(o.asResource().getURI());
                }
            });
        }
        assertThat(targets).isNotEmpty();
        for (String target : targets) {
            assertThat(all.contains(all.getResource(target), RDFS.label)).as(target).isTrue();
        }
    }
}
