package io.sidebench.gui.compare;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The grid's filter: category, tag, a scorer with an upper bound (prompts where some model scored at or
 * below it) and free text over key and prompt. {@code null} or blank parts match everything.
 */
public record GridFilter(String category, String tag, String scorer, Double maxScore, String text) {
    public static final GridFilter NONE = new GridFilter(null, null, null, null, null);

    public Predicate<GridRow> predicate(RunFacts facts) {
        String needle = text == null || text.isBlank() ? null : text.toLowerCase(Locale.ROOT).strip();
        return row -> {
            if (category != null && !category.isBlank() && !category.equals(row.category())) {
                return false;
            }
            if (tag != null && !tag.isBlank() && !facts.tags(row.promptId()).contains(tag)) {
                return false;
            }
            if (scorer != null && !scorer.isBlank() && maxScore != null) {
                Double min = facts.minScore(row.promptId(), scorer);
                if (min == null || min > maxScore) {
                    return false;
                }
            }
            if (needle != null) {
                return row.key().toLowerCase(Locale.ROOT).contains(needle)
                        || row.preview().toLowerCase(Locale.ROOT).contains(needle);
            }
            return true;
        };
    }

    public GridFilter withCategory(String value) {
        return new GridFilter(value, tag, scorer, maxScore, text);
    }

    public GridFilter withTag(String value) {
        return new GridFilter(category, value, scorer, maxScore, text);
    }

    public GridFilter withScore(String newScorer, Double newMax) {
        return new GridFilter(category, tag, newScorer, newMax, text);
    }

    public GridFilter withText(String value) {
        return new GridFilter(category, tag, scorer, maxScore, value);
    }
}
