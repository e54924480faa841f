package dev.tandem.kb;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps one term per position. Morfologik (Ukrainian) stacks every possible lemma of a word on its position,
 * which synonym matching cannot take; the first lemma is enough there, since the index holds all of them.
 */
final class FirstLemmaFilter extends TokenFilter {

    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private boolean started;

    FirstLemmaFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (!started || increment.getPositionIncrement() > 0) {
                started = true;
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        started = false;
    }
}
