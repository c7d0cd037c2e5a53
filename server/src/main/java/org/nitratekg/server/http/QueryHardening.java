package org.nitratekg.server.http;

import java.time.Duration;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

/**
 * The query-side protections of the public endpoint, set in the dataset's context (which Fuseki merges into
 * every query execution): a time limit, and no SERVICE calls out of the server, so a query cannot make the
 * server fetch from arbitrary hosts.
 */
public final class QueryHardening {
    private QueryHardening() {}

    public static void apply(Context context, Duration queryTimeout) {
        context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
    }
}
