package org.nitratekg.server.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Chemical names are written with and without hyphens ({@code Cu-N3}, {@code CuN3}, {@code Fe-N-C}). A hyphenated
 * token is replaced by its joined form, so every spelling meets on one term. When indexing, the parts are also
 * stacked at the same position, so that a search for one part ({@code Cu}, {@code scaling}) still finds the whole.
 */
final class HyphenJoinFilter extends TokenFilter {
    private final boolean emitParts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pendingParts = new ArrayDeque<>();
    private State joinedState;

    HyphenJoinFilter(TokenStream input, boolean emitParts) {
        super(input);
        this.emitParts = emitParts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pendingParts.isEmpty()) {
            restoreState(joinedState);
            term.setEmpty().append(pendingParts.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String token = term.toString();
        if (token.indexOf('-') < 0) {
            return true;
        }
        term.setEmpty().append(token.replace("-", ""));
        if (emitParts) {
            joinedState = captureState();
            for (String part : token.split("-")) {
                if (!part.isEmpty()) {
                    pendingParts.add(part);
                }
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingParts.clear();
        joinedState = null;
    }
}
