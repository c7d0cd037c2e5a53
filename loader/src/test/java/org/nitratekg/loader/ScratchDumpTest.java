package org.nitratekg.loader;

import java.io.FileOutputStream;
import java.nio.file.*;
import org.apache.jena.query.*;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        String in = System.getProperty("in");
        Model m = in == null ? new ReviewConverter().convert(ReviewText.bundled())
            : new ReviewConverter().convert(ReviewText.fromBytes(in, Files.readAllBytes(Path.of(in))));
        try (var out = new FileOutputStream("/tmp/bundled.ttl")) { RDFDataMgr.write(out, m, Lang.TURTLE); }
        String q = System.getProperty("q");
        if (q != null) {
            try (var qe = QueryExecution.model(m).query(Files.readString(Path.of(q))).build();
                 var out = new FileOutputStream("/tmp/q.out")) {
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
            }
        }
    }
}
