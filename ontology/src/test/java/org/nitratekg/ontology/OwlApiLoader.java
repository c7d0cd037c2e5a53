package org.nitratekg.ontology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyIRIMapper;
import org.semanticweb.owlapi.model.OWLOntologyManager;

/** Loads an ontology file with the OWL API, resolving its imports offline through {@code catalog-v001.xml}. */
final class OwlApiLoader {
    /** The ontology module folder: surefire runs tests with the module as working directory. */
    static final Path ONTOLOGY_DIR = Path.of("").toAbsolutePath();

    private OwlApiLoader() {}

    static OWLOntology load(Path ontologyFile) throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        Map<String, String> locations;
        try (var in = Files.newInputStream(ONTOLOGY_DIR.resolve("catalog-v001.xml"))) {
            locations = ImportCatalog.parse(in).locations();
        }
        manager.getIRIMappers().add((OWLOntologyIRIMapper) iri -> {
            String location = locations.get(iri.toString());
            return location == null ? null : IRI.create(ONTOLOGY_DIR.resolve(location).toUri());
        });
        // Fail rather than fetch: an import missing from the catalog must not silently go to the network.
        manager.getOntologyConfigurator().setMissingImportHandlingStrategy(
                org.semanticweb.owlapi.model.MissingImportHandlingStrategy.THROW_EXCEPTION);
        manager.getOntologyConfigurator().setConnectionTimeout(1);
        try {
            return manager.loadOntologyFromOntologyDocument(ontologyFile.toFile());
        } catch (OWLOntologyCreationException e) {
            throw new AssertionError(ontologyFile + ": expected a parseable ontology whose imports the catalog resolves: " + e, e);
        }
    }
}
