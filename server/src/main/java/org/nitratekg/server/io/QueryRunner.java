package org.nitratekg.server.io;

import java.io.OutputStream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;

/** Runs one query against a dataset inside a read transaction and writes the result, header row first. */
public final class QueryRunner {
    private QueryRunner() {}

    public static Query parse(QuerySource source) {
        try {
            return QueryFactory.create(source.text());
        } catch (QueryParseException e) {
            throw new BadInputException(source.name(), Math.max(e.getLine(), 1), "a SPARQL query (" + e.getMessage() + ")");
        }
    }

    public static void run(DatasetGraph dataset, QuerySource source, ResultFormat format, OutputStream out) {
        Query query = parse(source);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset)).build()) {
                if (query.isSelectType()) {
                    ResultsWriter.create().lang(format.lang).write(out, exec.execSelect());
                } else if (query.isAskType()) {
                    ResultsWriter.create().lang(format.lang).write(out, exec.execAsk());
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, exec.execConstruct(), Lang.TURTLE);
                } else {
                    RDFDataMgr.write(out, exec.execDescribe(), Lang.TURTLE);
                }
            }
        });
    }
}
