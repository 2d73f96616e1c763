package io.sidebench.logic.providers;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * The one place that says, in a person's words, why a model call failed: nothing listening at an
 * address, no such host, an untrusted certificate, no answer in time, a key refused (naming the key
 * variable, never its value), an unknown model or path, a rate limit. Used for every call, so the Models
 * screen's "Test connection", the compare grid, the run screen and the CLI all say the same thing.
 */
public final class FailureMessages {
    private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
            "\\b([a-z][a-z0-9]*\\.)+[A-Z]\\w*(Exception|Error)\\b:?\\s*");

    private FailureMessages() {
    }

    /**
     * What a call was aimed at, for the messages.
     *
     * @param baseUrl     the configured endpoint (may be null for a provider's default)
     * @param model       the model name sent to the server
     * @param keyVariable the name of the key's variable, or null when the model uses none
     */
    public record Target(String baseUrl, String model, String keyVariable) {
        public static final Target UNKNOWN = new Target(null, null, null);

        /** {@code host:port} of {@code url}, else of the base URL, else "the server". */
        public String address(URI url) {
            URI u = url != null ? url : parse(baseUrl);
            if (u == null || u.getHost() == null) {
                return "the server";
            }
            int port = u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
            return u.getHost() + ":" + port;
        }

        String host(URI url) {
            URI u = url != null ? url : parse(baseUrl);
            return u == null || u.getHost() == null ? rawHost() : u.getHost();
        }

        private String rawHost() {
            if (baseUrl == null) {
                return "the server's host";
            }
            String rest = baseUrl.replaceFirst("^[a-zA-Z]+://", "");
            int end = rest.length();
            for (char c : new char[] {'/', ':', '?'}) {
                int at = rest.indexOf(c);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            return rest.substring(0, end);
        }

        private static URI parse(String url) {
            if (url == null || url.isBlank()) {
                return null;
            }
            try {
                return URI.create(url.trim());
            } catch (IllegalArgumentException bad) {
                return null;
            }
        }
    }

    /** The kind of failure an exception chain (without an HTTP status) stands for, when we can tell. */
    public static FailureKind kindOf(Throwable error) {
        for (Throwable t = error; t != null; t = next(t)) {
            if (t instanceof HttpConnectTimeoutException) {
                return FailureKind.TIMEOUT;
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException
                    || t instanceof SSLException || t instanceof ConnectException) {
                return FailureKind.CONNECTION;
            }
        }
        return null;
    }

    /**
     * Says why a call failed that got no HTTP status: the address, host or certificate problem found in
     * {@code error}, else what {@code kind} means, with the exception's own words (never its class name).
     *
     * @param partial some of the answer had arrived
     */
    public static String forException(Throwable error, FailureKind kind, boolean partial, Duration timeout,
                                      Target target, URI url) {
        Target t = target == null ? Target.UNKNOWN : target;
        for (Throwable e = error; e != null; e = next(e)) {
            if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
                return "no such host: " + t.host(url) + " — check the base URL";
            }
        }
        for (Throwable e = error; e != null; e = next(e)) {
            if (e instanceof SSLException ssl) {
                if (untrusted(ssl)) {
                    return "the TLS certificate of " + t.address(url)
                            + " is not trusted (self-signed or from an unknown issuer)";
                }
                return "the TLS handshake with " + t.address(url) + " failed"
                        + (ssl instanceof SSLHandshakeException || ssl.getMessage() == null ? ""
                        : ": " + oneLine(ssl.getMessage()));
            }
        }
        for (Throwable e = error; e != null; e = next(e)) {
            if (e instanceof HttpConnectTimeoutException) {
                return "could not connect to " + t.address(url) + " in time — is the address right?";
            }
            if (e instanceof ConnectException) {
                return "nothing is listening at " + t.address(url) + " — is the server running?";
            }
        }
        String detail = detail(error);
        String because = detail.isEmpty() ? "" : ": " + detail;
        if (kind == FailureKind.TIMEOUT) {
            return timedOut(timeout, partial, t, url);
        }
        if (kind == FailureKind.CONNECTION) {
            return "the connection to " + t.address(url) + " was lost"
                    + (partial ? " before the answer was complete" : "") + because;
        }
        if (kind == FailureKind.BAD_RESPONSE) {
            return "the answer from " + t.address(url) + " could not be read" + because;
        }
        return detail.isEmpty() ? "the call failed" : detail;
    }

    /** The most telling message in an exception chain, without Java class names. */
    static String detail(Throwable error) {
        for (Throwable e = error; e != null; e = next(e)) {
            String m = e.getMessage();
            if (m != null) {
                m = CLASS_NAME.matcher(m).replaceAll("").trim();
            }
            if (m != null && !m.isBlank()) {
                return oneLine(m);
            }
        }
        return "";
    }

    /** The whole call's time ran out: {@code partial} when some of the answer had arrived. */
    public static String timedOut(Duration timeout, boolean partial, Target target, URI url) {
        Target t = target == null ? Target.UNKNOWN : target;
        return partial ? "the answer from " + t.address(url) + " was not complete within " + seconds(timeout)
                : "no answer from " + t.address(url) + " within " + seconds(timeout);
    }

    /** An HTTP error status, with the server's own one-line reason when it gave one. */
    public static String forStatus(int status, String reason, Duration retryAfter, Target target, URI url) {
        Target t = target == null ? Target.UNKNOWN : target;
        String why = reason == null || reason.isBlank() ? "" : ": " + oneLine(reason);
        String code = " (HTTP " + status + ")";
        if (status == 401 || status == 403) {
            String key = t.keyVariable() == null || t.keyVariable().isBlank()
                    ? " — this model sends no key; set its key variable"
                    : " — check the key in " + t.keyVariable();
            return (status == 401 ? "the API key was refused" : "the API key is not allowed to do this")
                    + code + key + why;
        }
        if (status == 404) {
            String model = t.model() == null || t.model().isBlank() ? "" : "model '" + t.model() + "' or ";
            String path = url == null || url.getPath() == null || url.getPath().isEmpty() ? "the path"
                    : "path " + url.getPath();
            return model + path + " is unknown at " + t.address(url) + code + why;
        }
        if (status == 429) {
            return "rate limited" + code + (retryAfter == null ? "" : "; the server asks to wait " + seconds(retryAfter))
                    + why;
        }
        if (status == 408) {
            return "the server gave up waiting" + code + why;
        }
        if (status >= 500) {
            return "the server failed" + code + why;
        }
        return "the server refused the request" + code + why;
    }

    /**
     * A failed cell's stored reason: the call's message, then how many times it was tried (a retried 429
     * says so: "retried 2 times").
     */
    public static String afterAttempts(ModelResult result, int attempts) {
        String message = result.error() == null || result.error().isBlank()
                ? String.valueOf(result.failure()).toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                : result.error().replace('\n', ' ');
        if (result.httpStatus() >= 400 && !message.contains(String.valueOf(result.httpStatus()))) {
            message += " (HTTP " + result.httpStatus() + ")";
        }
        String tries = attempts == 0 ? "from the cache" : attempts == 1 ? "1 attempt"
                : attempts + " attempts, retried " + (attempts - 1) + (attempts == 2 ? " time" : " times");
        return message + " [" + tries + "]";
    }

    /** "60 s", "1.5 s" or "250 ms". */
    public static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static boolean untrusted(SSLException ssl) {
        for (Throwable e = ssl; e != null; e = next(e)) {
            if (e instanceof CertPathBuilderException || e instanceof CertificateException
                    || e.getClass().getName().endsWith("ValidatorException")) {
                return true;
            }
            String m = e.getMessage();
            if (m != null && (m.contains("PKIX path") || m.contains("unable to find valid certification path"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }
}
