package io.sidebench.logic.providers.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the proxy the way curl and most tools read {@code HTTPS_PROXY} / {@code HTTP_PROXY} /
 * {@code NO_PROXY}: the proxy for the request's scheme unless its host is listed in no-proxy ({@code *},
 * an exact host, or a domain suffix such as {@code .corp.example} or {@code corp.example}). Loopback
 * addresses (local servers) bypass the proxy unless told otherwise.
 */
public final class EnvProxySelector extends ProxySelector {
    private final InetSocketAddress httpsProxy;
    private final InetSocketAddress httpProxy;
    private final List<String> noProxy;
    private final boolean bypassLoopback;

    /** @param httpsProxy / httpProxy {@code null} for none */
    public EnvProxySelector(InetSocketAddress httpsProxy, InetSocketAddress httpProxy, String noProxy,
                            boolean bypassLoopback) {
        this.httpsProxy = httpsProxy;
        this.httpProxy = httpProxy;
        this.noProxy = noProxy == null ? List.of() : Arrays.stream(noProxy.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
        this.bypassLoopback = bypassLoopback;
    }

    /**
     * Parses a proxy address as the variables give it: {@code http://host:port}, {@code host:port} or
     * {@code host} (port 80 for http, 443 for https, 8080 when no scheme). User info is refused: a proxy
     * password does not belong in a variable the workbench echoes.
     */
    public static InetSocketAddress parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        URI uri = URI.create(value.contains("://") ? value : "http://" + value);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("not a proxy address (expected http://host:port)");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("proxy addresses with a user name or password are not supported "
                    + "(the proxy " + uri.getHost() + " was not used)");
        }
        int port = uri.getPort() > 0 ? uri.getPort()
                : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : value.contains("://") ? 80 : 8080;
        return InetSocketAddress.createUnresolved(uri.getHost(), port);
    }

    @Override
    public List<Proxy> select(URI uri) {
        InetSocketAddress proxy = "https".equalsIgnoreCase(uri.getScheme()) ? httpsProxy : httpProxy;
        if (proxy == null || bypassed(uri.getHost())) {
            return List.of(Proxy.NO_PROXY);
        }
        return List.of(new Proxy(Proxy.Type.HTTP, proxy));
    }

    boolean bypassed(String rawHost) {
        if (rawHost == null) {
            return true;
        }
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (bypassLoopback && (host.equals("localhost") || host.startsWith("127.") || host.equals("::1"))) {
            return true;
        }
        for (String entry : noProxy) {
            String bare = entry.startsWith("*.") ? entry.substring(1) : entry;
            bare = bare.startsWith(".") ? bare.substring(1) : bare;
            int colon = bare.lastIndexOf(':');
            if (colon > 0 && bare.indexOf(':') == colon) {
                bare = bare.substring(0, colon);
            }
            if (entry.equals("*") || host.equals(bare) || host.endsWith("." + bare)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing to remember: the failure reaches the caller as a connection error
    }
}
