package io.sidebench.logic.providers.net;

import io.sidebench.logic.providers.secrets.UserConfigDir;
import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLContext;

/**
 * How model calls reach the network: through which proxy, trusting which certificate authorities.
 * Read once from, in order of precedence: the {@code --ca-bundle} option (system property
 * {@value #CA_BUNDLE_PROPERTY}); the user's {@code network.properties} in the settings folder
 * ({@code proxy=http://host:port|system|none}, {@code no-proxy=...}, {@code ca-bundle=FILE},
 * {@code trust-store=os}); the variables {@code HTTPS_PROXY}, {@code HTTP_PROXY}, {@code NO_PROXY}
 * (either case); otherwise the JDK's defaults (its proxy system properties, its CA store).
 * Certificate checks are never turned off.
 */
public final class NetworkSettings {
    public static final String CA_BUNDLE_PROPERTY = "sidebench.ca.bundle";
    public static final String FILE_NAME = "network.properties";
    private static final NetworkSettings JDK_DEFAULTS = new NetworkSettings(null, null, "the JDK's defaults");

    private final ProxySelector proxy;
    private final SSLContext ssl;
    private final String description;

    public NetworkSettings(ProxySelector proxy, SSLContext ssl, String description) {
        this.proxy = proxy;
        this.ssl = ssl;
        this.description = description;
    }

    /** No proxy choice, no extra CAs: the JDK client's own behaviour. */
    public static NetworkSettings jdkDefaults() {
        return JDK_DEFAULTS;
    }

    /** The settings of this user and process (see the class comment). */
    public static NetworkSettings standard() {
        return forConfigDir(UserConfigDir.resolve());
    }

    /** As {@link #standard()}, with {@value #FILE_NAME} read from the given settings folder. */
    public static NetworkSettings forConfigDir(Path configDir) {
        Path file = configDir.resolve(FILE_NAME);
        return from(System.getenv(), read(file), System.getProperty(CA_BUNDLE_PROPERTY), configDir);
    }

    /**
     * @param settings   the user's network.properties (empty when there is none)
     * @param caBundle   the {@code --ca-bundle} option, or null
     * @param settingsDir where relative paths in the settings file are resolved
     */
    static NetworkSettings from(Map<String, String> env, Properties settings, String caBundle, Path settingsDir) {
        StringBuilder said = new StringBuilder();
        ProxySelector proxy = proxy(env, settings, said);
        String bundleText = caBundle != null && !caBundle.isBlank() ? caBundle : settings.getProperty("ca-bundle");
        boolean os = "os".equalsIgnoreCase(settings.getProperty("trust-store", "").trim());
        SSLContext ssl = null;
        if (bundleText != null && !bundleText.isBlank() || os) {
            Path bundle = null;
            if (bundleText != null && !bundleText.isBlank()) {
                bundle = Path.of(bundleText.trim());
                if (!bundle.isAbsolute() && settingsDir != null && caBundle == null) {
                    bundle = settingsDir.resolve(bundle);
                }
                if (!Files.isRegularFile(bundle)) {
                    throw new IllegalArgumentException("CA bundle not found: " + bundle);
                }
                said.append(said.length() == 0 ? "" : "; ").append("CA bundle ").append(bundle);
            }
            if (os) {
                said.append(said.length() == 0 ? "" : "; ").append("the operating system's CA store");
            }
            ssl = TrustStores.context(bundle, os);
        }
        return proxy == null && ssl == null ? JDK_DEFAULTS : new NetworkSettings(proxy, ssl, said.toString());
    }

    private static ProxySelector proxy(Map<String, String> env, Properties settings, StringBuilder said) {
        String chosen = settings.getProperty("proxy");
        if (chosen != null && !chosen.isBlank()) {
            String value = chosen.trim();
            if (value.equalsIgnoreCase("none")) {
                said.append("no proxy");
                return ProxySelector.of(null);
            }
            if (value.equalsIgnoreCase("system")) {
                // the JDK reads the OS's proxy settings only when asked before its selector is first used
                System.setProperty("java.net.useSystemProxies", "true");
                said.append("the system's proxy settings");
                return null;
            }
            InetSocketAddress address = EnvProxySelector.parse(value);
            said.append("proxy ").append(address.getHostString()).append(':').append(address.getPort());
            return new EnvProxySelector(address, address, settings.getProperty("no-proxy"), true);
        }
        InetSocketAddress https = EnvProxySelector.parse(either(env, "HTTPS_PROXY"));
        InetSocketAddress http = EnvProxySelector.parse(either(env, "HTTP_PROXY"));
        if (https == null && http == null) {
            return null;
        }
        said.append("proxy from HTTPS_PROXY/HTTP_PROXY");
        return new EnvProxySelector(https, http, either(env, "NO_PROXY"), true);
    }

    private static String either(Map<String, String> env, String name) {
        String upper = env.get(name);
        return upper != null && !upper.isBlank() ? upper : env.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    static Properties read(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    /** Applies the proxy and trusted CAs to a JDK client builder. */
    public java.net.http.HttpClient.Builder apply(java.net.http.HttpClient.Builder builder) {
        if (proxy != null) {
            builder.proxy(proxy);
        }
        if (ssl != null) {
            builder.sslContext(ssl);
        }
        return builder;
    }

    /** Says which proxy and CAs are in use, for `info` and logs. */
    public String describe() {
        return description;
    }

    /**
     * Adds to a "certificate not trusted" message how to make a company's TLS-inspecting proxy trusted
     * without turning checks off.
     */
    public static String withTrustHint(String message) {
        if (message == null || !message.contains("is not trusted")) {
            return message;
        }
        return message + "; if your company's proxy inspects TLS, give its CA certificates with --ca-bundle FILE "
                + "or ca-bundle=FILE in " + FILE_NAME + " in the settings folder (checks stay on)";
    }
}
