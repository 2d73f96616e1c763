package io.sidebench.logic.scoring;

import com.fasterxml.jackson.core.JsonParser;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Assertion;
import io.sidebench.model.Score;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Runs the prompt's assertions (and any set-wide ones given to the constructor) against the answer:
 * {@code equals} (exact, after trimming both), {@code contains}, {@code icontains} (case-insensitive),
 * {@code regex} (Java syntax, found anywhere) and {@code is-json} (the whole trimmed answer is one JSON
 * value; a schema in the value is not checked). The score is the fraction of supported checks passed;
 * unsupported types are listed in the detail and not counted. No supported check: no value.
 */
public final class ChecksScorer implements Scorer {
    public static final String ID = "checks";
    private static final List<String> SUPPORTED = List.of("equals", "contains", "icontains", "regex", "is-json");

    private final List<Assertion> setWide;

    public ChecksScorer() {
        this(List.of());
    }

    /** @param setWide checks applied to every prompt in addition to its own */
    public ChecksScorer(List<Assertion> setWide) {
        this.setWide = List.copyOf(setWide);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String config() {
        StringBuilder sb = new StringBuilder("checks/v1");
        for (Assertion a : setWide) {
            sb.append('|').append(a.type()).append('=').append(a.value());
        }
        return sb.toString();
    }

    @Override
    public Score score(ScoringContext context) {
        List<Assertion> all = new ArrayList<>(context.prompt().assertions());
        all.addAll(setWide);
        int passed = 0;
        int counted = 0;
        List<String> lines = new ArrayList<>();
        for (Assertion a : all) {
            String type = a.type().toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(type)) {
                lines.add("skipped " + type + " (not supported)");
                continue;
            }
            counted++;
            String failure = check(type, a.value(), context.answer());
            if (failure == null) {
                passed++;
                lines.add("pass " + type + label(a.value()));
            } else {
                lines.add("FAIL " + type + label(a.value()) + ": " + failure);
            }
        }
        String detail = String.join("; ", lines);
        if (counted == 0) {
            return result(context, null, all.isEmpty() ? "no checks for this prompt" : detail);
        }
        return result(context, (double) passed / counted, passed + "/" + counted + " passed; " + detail);
    }

    /** Why the check fails, {@code null} when it passes. */
    static String check(String type, String value, String answer) {
        String expected = value == null ? "" : value;
        return switch (type) {
            case "equals" -> answer.strip().equals(expected.strip()) ? null : "answer differs";
            case "contains" -> answer.contains(expected) ? null : "not found";
            case "icontains" -> answer.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT))
                    ? null : "not found";
            case "regex" -> regex(expected, answer);
            case "is-json" -> jsonProblem(answer);
            default -> "unsupported check " + type;
        };
    }

    private static String regex(String expression, String answer) {
        try {
            return Pattern.compile(expression).matcher(answer).find() ? null : "no match";
        } catch (PatternSyntaxException e) {
            return "invalid regex: " + e.getDescription();
        }
    }

    /** Why the text is not exactly one JSON value, {@code null} when it is. */
    static String jsonProblem(String answer) {
        String text = answer.strip();
        if (text.isEmpty()) {
            return "empty answer";
        }
        try (JsonParser parser = Json.mapper().getFactory().createParser(text)) {
            if (parser.nextToken() == null) {
                return "empty answer";
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "text after the JSON value";
            }
            return null;
        } catch (IOException e) {
            String message = e.getMessage() == null ? "invalid JSON" : e.getMessage().lines().findFirst().orElse("");
            return "invalid JSON: " + message;
        }
    }

    private static String label(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return " '" + v + "'";
    }
}
