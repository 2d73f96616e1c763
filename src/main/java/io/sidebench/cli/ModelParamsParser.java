package io.sidebench.cli;

import io.sidebench.model.ModelParams;
import java.util.List;
import java.util.Locale;

/** Reads {@code --param k=v} options into {@link ModelParams}. */
final class ModelParamsParser {
    static final String KEYS = "temperature, top_p, max_tokens, seed, system, reasoning";

    private ModelParamsParser() {
    }

    static ModelParams parse(List<String> params, ModelParams start) {
        ModelParams p = start;
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq <= 0) {
                throw new CliException("--param " + param + ": expected k=v with k one of " + KEYS);
            }
            String key = param.substring(0, eq).trim().toLowerCase(Locale.ROOT).replace('-', '_');
            String value = param.substring(eq + 1).trim();
            try {
                p = switch (key) {
                    case "temperature" -> p.withTemperature(range(key, Double.parseDouble(value), 0, 2));
                    case "top_p", "topp" -> p.withTopP(range(key, Double.parseDouble(value), 0, 1));
                    case "max_tokens", "maxtokens" -> p.withMaxTokens((int) range(key, Integer.parseInt(value), 1,
                            10_000_000));
                    case "seed" -> p.withSeed(Integer.parseInt(value));
                    case "system", "system_prompt" -> p.withSystemPrompt(value.isEmpty() ? null : value);
                    case "reasoning", "thinking" -> p.withReasoning(onOff(value));
                    default -> throw new CliException("--param " + key + ": unknown parameter (expected one of "
                            + KEYS + ")");
                };
            } catch (NumberFormatException e) {
                throw new CliException("--param " + param + ": '" + value + "' is not a number");
            }
        }
        return p;
    }

    private static double range(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) { // also refuses NaN
            throw new CliException("--param " + key + "=" + value + ": must be between " + min + " and " + max);
        }
        return value;
    }

    private static Boolean onOff(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            case "", "default" -> null;
            default -> throw new CliException("--param reasoning=" + value + ": expected on or off");
        };
    }
}
