package org.nitratekg.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.shacl.ValidationReport;
import org.nitratekg.ontology.NkgShapes;
import org.nitratekg.server.io.RdfFiles;
import org.nitratekg.server.io.ValidationReportText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Check an RDF file against the nitrate-kg SHACL shapes; exit 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "RDF file (.ttl, .nt, .jsonld, .trig).")
    Path file;

    @Override
    public Integer call() {
        ValidationReport report = NkgShapes.validate(RdfFiles.read(file).getGraph());
        System.out.print(ValidationReportText.render(file.toString(), report));
        System.out.flush();
        return NkgShapes.hasViolations(report) ? Nkg.INVALID : Nkg.OK;
    }
}
