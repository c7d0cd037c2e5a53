package org.nitratekg.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;

/** Validates data graphs against the SHACL shapes in {@code nkg-shapes.ttl}. */
public final class NkgShapes {
    private static final Shapes SHAPES = Shapes.parse(NkgOntology.shapes().getGraph());
    private static final Graph ONTOLOGY = NkgOntology.ontology().getGraph();

    private NkgShapes() {}

    /**
     * Validates the data read together with the ontology (a read-only union, nothing is copied): SHACL follows
     * rdfs:subClassOf only in the data graph, so without the ontology a shape for nkg:PerformanceFigure would miss
     * nkg:FaradaicEfficiency figures, and sh:class nkg:ReferenceElectrode would not know nkg:RHE. The ontology
     * declares no instances of the target classes, so every reported focus node comes from the data.
     */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(SHAPES, new Union(data, ONTOLOGY));
    }

    /**
     * Whether the report holds a result of severity sh:Violation. Jena's {@code conforms()} is false for warnings
     * too; warnings here mark anomalies of the review itself, which should not fail {@code nkg validate}.
     */
    public static boolean hasViolations(ValidationReport report) {
        return report.getEntries().stream().anyMatch(e -> Severity.Violation.equals(e.severity()));
    }
}
