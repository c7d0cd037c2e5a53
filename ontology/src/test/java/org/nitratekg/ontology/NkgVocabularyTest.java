package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The Java vocabulary and the Turtle source declare the same terms. */
class NkgVocabularyTest {

    private static Set<String> javaTerms() throws IllegalAccessException {
        return constants(NKG.class);
    }

    private static Set<String> constants(Class<?> vocabulary) throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field f : vocabulary.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                terms.add(((Resource) f.get(null)).getURI());
            }
        }
        return terms;
    }

    private static Set<String> turtleTerms(Model ontology) {
        return declared(ontology, NKG.NS);
    }

    private static Set<String> declared(Model ontology, String namespace) {
        Set<String> terms = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(namespace) && ontology.contains(s, RDF.type)) {
                terms.add(s.getURI());
            }
        });
        return terms;
    }

    @Test
    void everyJavaConstantIsDeclaredInTheTurtle() throws Exception {
        assertThat(turtleTerms(NkgOntology.ontology())).containsAll(javaTerms());
    }

    @Test
    void everyTurtleTermHasAJavaConstant() throws Exception {
        assertThat(javaTerms()).containsAll(turtleTerms(NkgOntology.ontology()));
    }

    @Test
    void constantsAreNamedAfterTheirLocalName() throws Exception {
        for (Field f : NKG.class.getFields()) {
            if (Resource.class.isAssignableFrom(f.getType())) {
                assertThat(((Resource) f.get(null)).getURI()).isEqualTo(NKG.NS + f.getName());
            }
        }
    }

    @Test
    void localUnitConstantsAndTurtleAgreeBothWays() throws Exception {
        assertThat(constants(NkgUnits.class)).isEqualTo(declared(NkgOntology.ontology(), NkgUnits.NS));
    }

    @Test
    void theVocabularyIsNotEmpty() throws Exception {
        // Guards the both-ways checks above against passing on two empty sets.
        assertThat(javaTerms()).hasSizeGreaterThan(200).contains(NKG.Catalyst.getURI(), NKG.quote.getURI());
        assertThat(constants(NkgUnits.class)).hasSize(12);
    }
}
