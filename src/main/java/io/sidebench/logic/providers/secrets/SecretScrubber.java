package io.sidebench.logic.providers.secrets;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Removes secrets from text meant for people or logs: the known keys themselves (and long fragments of
 * them, as some providers echo a masked key), plus anything shaped like a bearer token or a typical
 * provider key.
 */
public final class SecretScrubber {
    public static final String MASK = "[secret]";
    private static final Pattern KEY_SHAPES = Pattern.compile(
            "(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}"
            + "|\\b(sk|pk|rk)-[A-Za-z0-9_*.-]{8,}"
            + "|\\bAIza[0-9A-Za-z_-]{20,}"
            + "|\\b(x-api-key|api[_-]?key|key)=[^&\\s\"']{6,}");
    private static final int FRAGMENT = 8;
    private final List<String> secrets;
    private final java.util.function.Supplier<? extends java.util.Collection<String>> later;

    public SecretScrubber(List<String> secrets) {
        this(secrets, List::of);
    }

    /** @param later secrets that appear while the client lives (refreshed tokens), looked up at each scrub */
    public SecretScrubber(List<String> secrets, java.util.function.Supplier<? extends java.util.Collection<String>> later) {
        this.secrets = secrets.stream().filter(Objects::nonNull).filter(s -> s.length() >= 4).toList();
        this.later = later;
    }

    public static SecretScrubber none() {
        return new SecretScrubber(List.of());
    }

    /** Returns {@code text} with every known secret and key-shaped token replaced by {@link #MASK}. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        List<String> all = new java.util.ArrayList<>(secrets);
        later.get().stream().filter(Objects::nonNull).filter(s -> s.length() >= 4).forEach(all::add);
        for (String secret : all) {
            out = out.replace(secret, MASK);
            if (secret.length() >= 2 * FRAGMENT) {
                out = out.replace(secret.substring(0, FRAGMENT * 2), MASK)
                        .replace(secret.substring(secret.length() - FRAGMENT), MASK);
            }
        }
        return KEY_SHAPES.matcher(out).replaceAll(m -> m.group(1) != null
                ? java.util.regex.Matcher.quoteReplacement(m.group(1) + MASK) : MASK);
    }
}
