package org.nitratekg.server.text;

import java.io.Reader;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;

/**
 * The analyzer of the text index. A token is a run of letters and digits, possibly joined by hyphens, so that
 * {@code Cu-N3} stays one token (the standard tokenizer would split it, and lose {@code CuN3}). Before tokenising,
 * {@link ChemicalCharMap} folds subscripts and dash variants; after it, hyphens are joined
 * ({@link HyphenJoinFilter}), plurals of plain words folded, case and accents removed. There are no stop words:
 * short tokens such as {@code N}, {@code H} or {@code NO} matter in chemistry.
 *
 * <p>The index variant also stacks the parts of a hyphenated token; the query variant does not, so that
 * {@code Cu-N3} asks for {@code cun3} only and does not match every {@code Cu}.
 */
public final class ChemistryAnalyzer extends Analyzer {
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    private final boolean forIndex;

    /** Public for Jena's assembler (text:GenericAnalyzer), which builds analyzers by constructor. */
    public ChemistryAnalyzer(boolean forIndex) {
        this.forIndex = forIndex;
    }

    public static ChemistryAnalyzer forIndexing() {
        return new ChemistryAnalyzer(true);
    }

    public static ChemistryAnalyzer forQueries() {
        return new ChemistryAnalyzer(false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(ChemicalCharMap.MAP, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(ChemicalCharMap.MAP, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new PatternTokenizer(TOKEN, 0);
        TokenStream stream = new PluralFilter(tokenizer);
        stream = new HyphenJoinFilter(stream, forIndex);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
