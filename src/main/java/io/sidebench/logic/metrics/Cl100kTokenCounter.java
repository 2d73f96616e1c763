package io.sidebench.logic.metrics;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Counts tokens with OpenAI's cl100k_base byte-pair encoding (jtokkit). Special-token markers in the
 * text are counted as ordinary text, never rejected.
 */
public final class Cl100kTokenCounter implements TokenCounter {
    private final Encoding encoding = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    @Override
    public int count(String text) {
        return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }
}
