package io.sidebench.logic.providers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which base URLs a model may use. Only {@code http} and {@code https} URLs with a host are accepted
 * (no {@code javascript:}, {@code file:}, user info or fragments). Plain {@code http://} sends prompts,
 * answers and the API key unencrypted, so it is accepted silently only for this machine and private
 * networks: loopback ({@code localhost}, 127.0.0.0/8, ::1), RFC 1918 (10/8, 172.16/12, 192.168/16),
 * carrier-grade NAT (100.64/10), link-local (169.254/16, fe80::/10), unique-local IPv6 (fc00::/7), and
 * host names that only resolve inside a local network (a single label such as {@code gpu-box}, or
 * ending in {@code .local}, {@code .lan}, {@code .internal}, {@code .home.arpa}, {@code .localhost}).
 * Host names are judged by their text only; nothing is resolved. Any other {@code http://} URL is still
 * usable, with a {@link Verdict#warning() warning} the caller shows.
 */
public final class BaseUrlPolicy {
    private BaseUrlPolicy() {
    }

    /**
     * The outcome of checking a URL.
     *
     * @param url     the URL, trimmed
     * @param warning a one-line warning to show, when the URL is usable but sends data unencrypted
     */
    public record Verdict(String url, Optional<String> warning) {
    }

    /**
     * Checks {@code url}.
     *
     * @throws IllegalArgumentException when the URL cannot be used as a base URL; the message says why
     *                                  (without the URL's user info, if any)
     */
    public static Verdict check(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the base URL is empty");
        }
        String trimmed = url.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL is not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("base URL is not an http(s) URL: it must start with https:// "
                    + "(or http:// for a local server)"
                    + (scheme.isEmpty() ? "" : "; '" + scheme + ":' URLs are not allowed"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("base URL has no host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("base URL must not contain a user name or password; "
                    + "give the API key through --api-key-env");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("base URL must not contain a #fragment");
        }
        if (scheme.equals("http") && !isLocal(uri.getHost())) {
            return new Verdict(trimmed, Optional.of("warning: " + uri.getHost() + " is reached over plain http://: "
                    + "prompts, answers and any API key travel unencrypted; use https:// unless this host is on "
                    + "your own network"));
        }
        return new Verdict(trimmed, Optional.empty());
    }

    /** True for loopback and private-network hosts (by their text; nothing is resolved). */
    public static boolean isLocal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            return isLocalIpv6(h.substring(1, h.length() - 1));
        }
        if (h.contains(":")) {
            return isLocalIpv6(h);
        }
        int[] v4 = ipv4(h);
        if (v4 != null) {
            return isLocalIpv4(v4);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        boolean singleLabel = !h.contains(".") && !h.chars().allMatch(Character::isDigit);
        return h.equals("localhost") || singleLabel || h.endsWith(".localhost") || h.endsWith(".local")
                || h.endsWith(".lan") || h.endsWith(".internal") || h.endsWith(".home.arpa");
    }

    private static boolean isLocalIpv4(int[] a) {
        return a[0] == 127 || a[0] == 10
                || (a[0] == 172 && a[1] >= 16 && a[1] <= 31)
                || (a[0] == 192 && a[1] == 168)
                || (a[0] == 169 && a[1] == 254)
                || (a[0] == 100 && a[1] >= 64 && a[1] <= 127);
    }

    private static boolean isLocalIpv6(String h) {
        String v6 = h.contains("%") ? h.substring(0, h.indexOf('%')) : h;
        if (v6.equals("::1") || v6.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        if (v6.startsWith("::ffff:")) {
            int[] v4 = ipv4(v6.substring("::ffff:".length()));
            return v4 != null && isLocalIpv4(v4);
        }
        int colon = v6.indexOf(':');
        String first = colon < 0 ? v6 : v6.substring(0, colon);
        if (first.isEmpty() || first.length() > 4) {
            return false;
        }
        int group;
        try {
            group = Integer.parseInt(first, 16);
        } catch (NumberFormatException e) {
            return false;
        }
        return (group & 0xFE00) == 0xFC00 || (group & 0xFFC0) == 0xFE80;
    }

    /** The four octets of a dotted IPv4 address, or {@code null} when {@code h} is not one. */
    private static int[] ipv4(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                return null;
            }
            out[i] = Integer.parseInt(parts[i]);
            if (out[i] > 255) {
                return null;
            }
        }
        return out;
    }
}
