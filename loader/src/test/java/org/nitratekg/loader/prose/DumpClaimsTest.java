package org.nitratekg.loader.prose;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;

class DumpClaimsTest {
    @Test
    void dump() {
        Model m = new ReviewConverter().convert(ReviewText.bundled());
        new ProseExtractor().extract(m);
        String q = """
            PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX cito: <http://purl.org/spar/cito/>
            SELECT ?c ?type (GROUP_CONCAT(DISTINCT ?pv; separator=" | ") AS ?props) ?exact WHERE {
              ?c a nkg:Claim ; a ?type ; nkg:quote/oa:exact ?exact .
              FILTER(?type != nkg:Claim)
              ?c ?p ?o . FILTER(?p NOT IN (nkg:quote, nkg:partOfReview, nkg:derivedFromPart))
              BIND(CONCAT(REPLACE(STR(?p), "^.*[#/]", ""), "=", REPLACE(STR(?o), "^.*/(id|ontology#)", "")) AS ?pv)
            } GROUP BY ?c ?type ?exact ORDER BY ?c
            """;
        try (var qe = QueryExecutionFactory.create(q, m)) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                var s = rs.next();
                System.out.println("## " + s.get("c").toString().replaceAll(".*/claim/", "") + " " + s.get("type").toString().replaceAll(".*#", ""));
                System.out.println("   " + s.get("props"));
                System.out.println("   > " + s.get("exact").toString().substring(0, Math.min(220, s.get("exact").toString().length())));
            }
        }
    }
}
