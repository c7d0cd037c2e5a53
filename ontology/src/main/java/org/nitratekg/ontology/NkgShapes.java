package org.nitratekg.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** Validates data graphs against the SHACL shapes in {@code nkg-shapes.ttl}. */
public final class NkgShapes {
    private static final Shapes SHAPES = Shapes.parse(NkgOntology.shapes().getGraph());

    private NkgShapes() {}

    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(SHAPES, data);
    }
}
