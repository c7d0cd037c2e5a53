package org.nitratekg.server.http;

import java.time.Duration;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.util.Context;
import org.nitratekg.server.hardening.CancellableExpressions;

/**
 * The query-side protections of the public endpoint, set in the dataset's context (which Fuseki merges into
 * every query execution): a time limit, no SERVICE calls out of the server, so a query cannot make the
 * server fetch from arbitrary hosts, and a planner whose REGEX and REPLACE stop when the time limit cancels the
 * query (Java's regular expressions never look at the cancel signal themselves).
 */
public final class QueryHardening {
    private QueryHardening() {}

    public static void apply(Context context, Duration queryTimeout) {
        context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQConstants.sysOptimizerFactory, CancellableExpressions.optimizer());
    }
}
