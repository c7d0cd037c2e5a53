package org.nitratekg.server.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.nitratekg.server.io.BadInputException;
import org.nitratekg.server.io.QueryRunner;
import org.nitratekg.server.io.QuerySource;
import org.nitratekg.server.io.RdfFiles;
import org.nitratekg.server.io.ResultFormat;
import org.nitratekg.server.store.NkgDatasets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = "Run a named query (queries/NAME.rq) or a .rq file; prints a header row.")
final class QueryCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "OUT.ttl|DIR", description = "An RDF file or a store directory.")
    Path data;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|tsv|json", description = "Result format (default csv).")
    String format;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "Query name or file.")
    String query;

    @Override
    public Integer call() {
        ResultFormat resultFormat = ResultFormat.parse(format);
        QuerySource source = QuerySource.resolve(query);
        QueryRunner.parse(source);
        DatasetGraph dataset = open(data);
        try {
            PrintStream out = System.out;
            QueryRunner.run(dataset, source, resultFormat, out);
            out.flush();
        } finally {
            dataset.close();
        }
        return Nkg.OK;
    }

    static DatasetGraph open(Path data) {
        if (Files.isDirectory(data)) {
            if (!NkgDatasets.isStore(data)) {
                throw new BadInputException(data + ": a store directory made by 'nkg load' (with " + NkgDatasets.TDB_FOLDER + "/ inside)");
            }
            return NkgDatasets.store(data);
        }
        return DatasetGraphFactory.wrap(RdfFiles.read(data).getGraph());
    }
}
