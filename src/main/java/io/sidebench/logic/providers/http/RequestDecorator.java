package io.sidebench.logic.providers.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a gateway or a provider needs on every request beyond what LangChain4j sends: extra headers (values
 * already resolved from their variables), query parameters, and headers to leave out (Azure's key goes in
 * {@code api-key}, not in LangChain4j's {@code Authorization}). Immutable.
 */
public final class RequestDecorator {
    public static final RequestDecorator NONE = new RequestDecorator(Map.of(), Map.of(), Set.of());
    private final Map<String, String> headers;
    private final Map<String, java.util.function.Supplier<String>> dynamic;
    private final Map<String, String> query;
    private final Set<String> dropped;

    public RequestDecorator(Map<String, String> headers, Map<String, String> query, Set<String> dropped) {
        this(headers, Map.of(), query, dropped);
    }

    /** @param dynamic headers whose value is asked for at each request (a refreshed bearer token) */
    public RequestDecorator(Map<String, String> headers, Map<String, java.util.function.Supplier<String>> dynamic,
                            Map<String, String> query, Set<String> dropped) {
        this.dynamic = Collections.unmodifiableMap(new LinkedHashMap<>(dynamic));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        this.dropped = dropped.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The address with the extra query parameters appended (percent-encoded). */
    URI uri(URI uri) {
        if (query.isEmpty()) {
            return uri;
        }
        String extra = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String text = uri.toString();
        int hash = text.indexOf('#');
        String fragment = hash >= 0 ? text.substring(hash) : "";
        String base = hash >= 0 ? text.substring(0, hash) : text;
        return URI.create(base + (uri.getRawQuery() == null ? "?" : "&") + extra + fragment);
    }

    /** False for a header LangChain4j sets that this request must not carry (or that we replace). */
    boolean keeps(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        return !dropped.contains(lower) && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase(header))
                && dynamic.keySet().stream().noneMatch(h -> h.equalsIgnoreCase(header));
    }

    /** The headers to add to one request (dynamic values asked for now). */
    Map<String, String> headers() {
        if (dynamic.isEmpty()) {
            return headers;
        }
        Map<String, String> out = new LinkedHashMap<>(headers);
        dynamic.forEach((name, value) -> out.put(name, value.get()));
        return out;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
