package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.nitratekg.ontology.NKG;

class EntityPageTest {
    static final String IRI = "https://w3id.org/nitrate-kg/id/review/x/paragraph/1";

    static String page(Model m, String highlight) {
        return EntityPage.render(EntityStory.tell(m.getGraph(), IRI, m, highlight));
    }

    @Test
    void dataIsEscapedAndOnlySafeIrisBecomeLinks() {
        Model m = ModelFactory.createDefaultModel();
        Resource p = m.createResource(IRI);
        p.addProperty(NKG.text, "Cu-N3 <script>alert('x')</script> & \"more\"");
        p.addProperty(RDFS.seeAlso, m.createResource("javascript:alert(1)"));
        p.addProperty(NKG.inSection, m.createResource("https://w3id.org/nitrate-kg/id/review/x/section/2.1"));
        String html = page(m, null);
        assertThat(html).doesNotContain("<script>").doesNotContain("href=\"javascript:")
                .contains("Cu-N3 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("href=\"/id/review/x/section/2.1\"")
                .contains("href=\"/ontology#inSection\"");
    }

    @Test
    void titleIsTheLabelWhenThereIsOne() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(IRI).addProperty(RDFS.label, "Cu-N<sub>3</sub> site");
        assertThat(page(m, null)).contains("<h1>Cu-N&lt;sub&gt;3&lt;/sub&gt; site</h1>");
    }

    @Test
    void aParagraphMarksTheRequestedQuoteAsEscapedText() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(IRI).addProperty(RDF.type, NKG.Paragraph)
                .addProperty(NKG.text, "First <b>sentence</b>. The site breaks the   scaling relation. Last.");
        String html = page(m, "the site breaks the scaling relation");
        assertThat(html).contains("First &lt;b&gt;sentence&lt;/b&gt;. <mark id=\"quote\">The site breaks the scaling relation</mark>. Last.");
        assertThat(page(m, "<img src=x onerror=alert(1)>")).doesNotContain("<img").doesNotContain("<mark");
    }
}
