package io.sidebench.logic.providers.net;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Says what a set of network choices finds on this machine before it is used: the proxy (and from where),
 * the hosts reached directly, the CA bundle's certificates (by subject), whether the operating system's
 * CA store was found, and a {@code --ca-bundle} given at start that takes precedence over the file.
 */
public final class NetworkCheck {
    /** Where model calls go. */
    public enum ProxyFound {
        /** HTTPS_PROXY / HTTP_PROXY are set: {@link Report#proxy()} is theirs. */
        FROM_VARIABLES,
        /** No proxy variable is set: connections are direct. */
        NO_VARIABLES,
        /** The operating system's proxy settings. */
        SYSTEM,
        /** Direct, by choice. */
        NONE,
        /** The address chosen. */
        ADDRESS,
        /** The address cannot be used: {@link Report#proxyProblem()} says why. */
        INVALID
    }

    /** The CA bundle's state. */
    public enum BundleFound { NONE, FOUND, MISSING, UNREADABLE }

    /**
     * @param proxy          host:port of the proxy in use, or null
     * @param noProxy        hosts reached directly
     * @param bundle         the bundle's resolved path, or null
     * @param certificates   the bundle's certificate subjects (common names where present)
     * @param bundleProblem  why the bundle cannot be read, or null
     * @param osStore        where the OS's CA store was found (a file, or the platform store's name), or null
     * @param osCertificates how many certificates it holds
     * @param startupBundle  a --ca-bundle given when the app started (used instead of the file's), or null
     */
    public record Report(ProxyFound proxyFound, String proxy, String proxyProblem, List<String> noProxy,
                         BundleFound bundleFound, Path bundle, List<String> certificates, String bundleProblem,
                         boolean osAsked, String osStore, int osCertificates, String startupBundle) {
        /** True when nothing stops these choices from being used. */
        public boolean usable() {
            return proxyFound != ProxyFound.INVALID && bundleFound != BundleFound.MISSING
                    && bundleFound != BundleFound.UNREADABLE;
        }
    }

    private NetworkCheck() {
    }

    /**
     * @param env           the process environment (proxy variables)
     * @param startupBundle the --ca-bundle given at start ({@value NetworkSettings#CA_BUNDLE_PROPERTY}), or null
     * @param configDir     where a relative bundle path is resolved
     */
    public static Report check(NetworkChoices choices, Map<String, String> env, String startupBundle, Path configDir) {
        ProxyFound found;
        String proxy = null;
        String problem = null;
        List<String> noProxy = List.of();
        switch (choices.mode()) {
            case SYSTEM -> found = ProxyFound.SYSTEM;
            case NONE -> found = ProxyFound.NONE;
            case ADDRESS -> {
                found = ProxyFound.ADDRESS;
                try {
                    InetSocketAddress address = EnvProxySelector.parse(choices.proxy());
                    if (address == null) {
                        found = ProxyFound.INVALID;
                        problem = "no address given";
                    } else {
                        proxy = address.getHostString() + ":" + address.getPort();
                    }
                } catch (IllegalArgumentException bad) {
                    found = ProxyFound.INVALID;
                    problem = bad.getMessage();
                }
                noProxy = split(choices.noProxy());
            }
            default -> {
                String https = either(env, "HTTPS_PROXY");
                String http = either(env, "HTTP_PROXY");
                String chosen = https != null ? https : http;
                if (chosen == null) {
                    found = ProxyFound.NO_VARIABLES;
                } else {
                    found = ProxyFound.FROM_VARIABLES;
                    try {
                        InetSocketAddress address = EnvProxySelector.parse(chosen);
                        proxy = address.getHostString() + ":" + address.getPort();
                    } catch (IllegalArgumentException bad) {
                        found = ProxyFound.INVALID;
                        problem = "HTTPS_PROXY/HTTP_PROXY: " + bad.getMessage();
                    }
                    noProxy = split(either(env, "NO_PROXY"));
                }
            }
        }
        BundleFound bundleFound = BundleFound.NONE;
        Path bundle = null;
        List<String> subjects = List.of();
        String bundleProblem = null;
        String bundleText = startupBundle != null && !startupBundle.isBlank() ? startupBundle : choices.caBundle();
        if (!bundleText.isBlank()) {
            bundle = Path.of(bundleText.strip());
            if (!bundle.isAbsolute() && configDir != null && (startupBundle == null || startupBundle.isBlank())) {
                bundle = configDir.resolve(bundle);
            }
            if (!Files.isRegularFile(bundle)) {
                bundleFound = BundleFound.MISSING;
            } else {
                try {
                    subjects = subjects(TrustStores.bundleStore(bundle));
                    bundleFound = BundleFound.FOUND;
                } catch (IllegalArgumentException | IllegalStateException bad) {
                    bundleFound = BundleFound.UNREADABLE;
                    bundleProblem = bad.getMessage();
                }
            }
        }
        String osStore = null;
        int osCount = 0;
        if (choices.osTrustStore()) {
            KeyStore os = TrustStores.operatingSystemStore();
            if (os != null) {
                osStore = os.getType().equalsIgnoreCase("Windows-ROOT") || os.getType().equalsIgnoreCase("KeychainStore")
                        ? os.getType() : linuxBundle();
                osCount = count(os);
            }
        }
        return new Report(found, proxy, problem, noProxy, bundleFound, bundle, subjects, bundleProblem,
                choices.osTrustStore(), osStore, osCount,
                startupBundle == null || startupBundle.isBlank() ? null : startupBundle.strip());
    }

    private static String linuxBundle() {
        for (String file : List.of("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
                "/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem")) {
            if (Files.isRegularFile(Path.of(file))) {
                return file;
            }
        }
        return "?";
    }

    private static List<String> subjects(KeyStore store) {
        List<String> out = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                Certificate c = store.getCertificate(alias);
                if (c instanceof X509Certificate x) {
                    out.add(commonName(x.getSubjectX500Principal().getName()));
                }
            }
        } catch (KeyStoreException e) {
            return out;
        }
        return out;
    }

    private static int count(KeyStore store) {
        try {
            return store.size();
        } catch (KeyStoreException e) {
            return 0;
        }
    }

    static String commonName(String dn) {
        for (String part : dn.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "CN=", 0, 3)) {
                return p.substring(3);
            }
        }
        return dn;
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String either(Map<String, String> env, String name) {
        String upper = env.get(name);
        String value = upper != null && !upper.isBlank() ? upper : env.get(name.toLowerCase(java.util.Locale.ROOT));
        return value == null || value.isBlank() ? null : value.strip();
    }
}
