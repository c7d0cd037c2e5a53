package org.nitratekg.server.http;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.nitratekg.server.hardening.QueryRequestLimits;
import org.nitratekg.server.hardening.SecurityHeadersFilter;

/**
 * The Fuseki Main composition: dataset {@value #DATASET} read-only (SPARQL query at {@code /nkg/sparql} and
 * {@code /nkg/query}, Graph Store read at {@code /nkg/get}; no update, upload or GSP write endpoint exists),
 * queries hardened by {@link QueryHardening}, requests by {@link QueryRequestLimits}, strict headers on every
 * response by {@link SecurityHeadersFilter}, linked-data pages under {@code /id/}, the ontology at
 * {@code /ontology}, and the search page at {@code /}.
 */
public final class NkgServer {
    public static final String DATASET = "/nkg";

    private NkgServer() {}

    public static FusekiServer build(DatasetGraph dataset, ServerSettings settings) {
        QueryHardening.apply(dataset.getContext(), settings.queryTimeout());
        DataService readOnly = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        return FusekiServer.create()
                .port(settings.port())
                .add(DATASET, readOnly)
                .addFilter("/*", new SecurityHeadersFilter())
                .addFilter("/*", new QueryRequestLimits())
                .addServlet("/id/*", new LinkedDataServlet(dataset))
                .addServlet("/ontology", new OntologyServlet())
                // "" is the context root exactly (the servlet spec's rule), "/page/*" the page's own files.
                .addServlet("", new PageServlet())
                .addServlet(PageServlet.PATH + "/*", new PageServlet())
                .build();
    }
}
