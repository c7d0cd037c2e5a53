package org.nitratekg.ontology;

/**
 * The HTML documentation page of the ontology, generated from the Turtle source and its term modules: metadata,
 * the class hierarchy, every class, property, individual and local unit with its definition, synonyms, examples,
 * domain and range, and mappings. The server serves it at {@code /ontology} for clients that ask for HTML.
 */
public final class NkgDocumentation {
    private NkgDocumentation() {}

    /** The page, rendered afresh from the shipped ontology (cheap: a few milliseconds). */
    public static String html() {
        return new DocumentationWriter(NkgOntology.ontologyWithImports()).write();
    }
}
