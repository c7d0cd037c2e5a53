package org.nitratekg.server.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.Directory;
import org.nitratekg.ontology.NKG;
import org.nitratekg.server.text.ChemistryAnalyzer;
import org.nitratekg.server.text.LenientTextIndex;

/**
 * The jena-text Lucene index of nitrate-kg: one field, {@value #FIELD}, fed by every predicate that carries text a
 * reader searches for, so {@code text:query "Cu-N3"} needs no property. Values are stored, so that the highlighter
 * can return snippets. Search strings that are not Lucene syntax are read as plain words ({@link LenientTextIndex}).
 */
public final class NkgTextIndex {
    public static final String FIELD = "text";

    /** The predicates whose literals are indexed. */
    public static final List<Node> INDEXED_PREDICATES = List.of(
            NKG.text.asNode(),
            RDFS.label.asNode(),
            SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(),
            NKG.printedName.asNode(),
            DCTerms.title.asNode());

    private NkgTextIndex() {}

    static TextIndexConfig config() {
        EntityDefinition entities = new EntityDefinition("uri", FIELD);
        // A uid per triple lets the index delete the entry of a removed triple.
        entities.setUidField("uid");
        entities.setLangField("lang");
        for (Node predicate : INDEXED_PREDICATES) {
            entities.set(FIELD, predicate);
        }
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(ChemistryAnalyzer.forIndexing());
        config.setQueryAnalyzer(ChemistryAnalyzer.forQueries());
        config.setValueStored(true);
        return config;
    }

    /** Wraps {@code base} so that every change to it is mirrored in the Lucene index in {@code directory}. */
    public static DatasetGraph wrap(DatasetGraph base, Directory directory) {
        return TextDatasetFactory.create(base, new LenientTextIndex(directory, config()), true);
    }
}
