package io.sidebench.logic.scoring;

import io.sidebench.model.VoteOutcome;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses judge outputs strictly: a verdict is taken only from the bracketed form the templates ask for
 * ({@code [[7]]}, {@code [[A]]}), or for ratings an explicit "Rating: 7" line. Missing, conflicting or
 * out-of-range verdicts are reported as malformed with the reason, never guessed. Reasoning wrapped in
 * {@code <think>...</think>} is ignored.
 */
public final class JudgeVerdicts {
    static final int MAX_RATIONALE = 600;
    private static final Pattern THINK = Pattern.compile("(?is)<think>.*?(?:</think>|$)");
    private static final Pattern BRACKET_RATING = Pattern.compile("\\[\\[\\s*(\\d+(?:\\.\\d+)?)\\s*(?:/\\s*10\\s*)?]]");
    private static final Pattern LABELLED_RATING = Pattern.compile(
            "(?im)^\\W*(?:rating|score|评分|得分)\\s*[:：=]\\s*\\**\\s*(\\d+(?:\\.\\d+)?)\\s*\\**\\s*(?:/\\s*10)?\\s*\\**\\s*$");
    private static final Pattern BRACKET_CHOICE = Pattern.compile("\\[\\[\\s*([A-Za-z]+)\\s*]]");

    private JudgeVerdicts() {
    }

    /** A parsed 1-10 grade: either {@code value} or {@code problem} is set. */
    public record Rating(Double value, String rationale, String problem) {
        public boolean isValid() {
            return value != null;
        }
    }

    /** A parsed pairwise verdict in terms of positions (A = left, B = right): outcome or problem is set. */
    public record PairVerdict(VoteOutcome outcome, String rationale, String problem) {
        public boolean isValid() {
            return outcome != null;
        }
    }

    public static Rating parseRating(String output) {
        String text = visible(output);
        if (text.isBlank()) {
            return new Rating(null, "", "empty judge output");
        }
        Set<String> found = all(BRACKET_RATING.matcher(text));
        Pattern used = BRACKET_RATING;
        if (found.isEmpty()) {
            found = all(LABELLED_RATING.matcher(text));
            used = LABELLED_RATING;
        }
        String rationale = rationale(text, used);
        if (found.isEmpty()) {
            return new Rating(null, rationale, "no rating in the [[N]] form");
        }
        Set<Double> values = new LinkedHashSet<>();
        for (String f : found) {
            values.add(Double.parseDouble(f));
        }
        if (values.size() > 1) {
            return new Rating(null, rationale, "conflicting ratings " + values);
        }
        double value = values.iterator().next();
        if (value < 1 || value > 10) {
            return new Rating(null, rationale, "rating " + format(value) + " is outside 1-10");
        }
        return new Rating(value, rationale, null);
    }

    public static PairVerdict parsePair(String output) {
        String text = visible(output);
        if (text.isBlank()) {
            return new PairVerdict(null, "", "empty judge output");
        }
        Set<VoteOutcome> outcomes = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = BRACKET_CHOICE.matcher(text);
        while (m.find()) {
            switch (m.group(1).toUpperCase(Locale.ROOT)) {
                case "A" -> outcomes.add(VoteOutcome.LEFT);
                case "B" -> outcomes.add(VoteOutcome.RIGHT);
                case "C", "TIE" -> outcomes.add(VoteOutcome.TIE);
                default -> unknown.add(m.group(1));
            }
        }
        String rationale = rationale(text, BRACKET_CHOICE);
        if (outcomes.isEmpty()) {
            return new PairVerdict(null, rationale, unknown.isEmpty() ? "no verdict in the [[A]]/[[B]]/[[C]] form"
                    : "unknown verdict " + unknown);
        }
        if (outcomes.size() > 1) {
            return new PairVerdict(null, rationale, "conflicting verdicts " + outcomes);
        }
        return new PairVerdict(outcomes.iterator().next(), rationale, null);
    }

    private static String visible(String output) {
        return output == null ? "" : THINK.matcher(output).replaceAll("").strip();
    }

    private static Set<String> all(Matcher m) {
        Set<String> out = new LinkedHashSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String rationale(String text, Pattern verdict) {
        String r = verdict.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return r.length() > MAX_RATIONALE ? r.substring(0, MAX_RATIONALE) + "…" : r;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
