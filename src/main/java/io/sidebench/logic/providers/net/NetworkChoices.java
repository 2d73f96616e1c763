package io.sidebench.logic.providers.net;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The company network settings a person chooses, as kept in {@value NetworkSettings#FILE_NAME} in the settings
 * folder: which proxy (the proxy variables, the system's settings, none, or one address), hosts reached
 * directly, a CA bundle file and whether to trust the operating system's CA store.
 *
 * @param proxy   the proxy address (host:port or http://host:port) when {@code mode} is {@link ProxyMode#ADDRESS}
 * @param noProxy hosts reached without the proxy, comma-separated (with {@link ProxyMode#ADDRESS})
 * @param caBundle a PEM file of CA certificates, or blank
 */
public record NetworkChoices(ProxyMode mode, String proxy, String noProxy, String caBundle, boolean osTrustStore) {
    /** Which proxy model calls go through. */
    public enum ProxyMode {
        /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment, else none (no {@code proxy=} line). */
        ENVIRONMENT,
        /** The operating system's proxy settings ({@code proxy=system}). */
        SYSTEM,
        /** Always direct ({@code proxy=none}). */
        NONE,
        /** The address given ({@code proxy=host:port}). */
        ADDRESS
    }

    public static final NetworkChoices DEFAULTS = new NetworkChoices(ProxyMode.ENVIRONMENT, "", "", "", false);

    public NetworkChoices {
        mode = mode == null ? ProxyMode.ENVIRONMENT : mode;
        proxy = proxy == null ? "" : proxy.strip();
        noProxy = noProxy == null ? "" : noProxy.strip();
        caBundle = caBundle == null ? "" : caBundle.strip();
    }

    /** Reads the settings folder's file; the defaults when there is none. */
    public static NetworkChoices read(Path configDir) {
        return from(NetworkSettings.read(configDir.resolve(NetworkSettings.FILE_NAME)));
    }

    static NetworkChoices from(Properties p) {
        String proxy = p.getProperty("proxy", "").strip();
        ProxyMode mode = proxy.isEmpty() ? ProxyMode.ENVIRONMENT : proxy.equalsIgnoreCase("system") ? ProxyMode.SYSTEM
                : proxy.equalsIgnoreCase("none") ? ProxyMode.NONE : ProxyMode.ADDRESS;
        return new NetworkChoices(mode, mode == ProxyMode.ADDRESS ? proxy : "", p.getProperty("no-proxy", ""),
                p.getProperty("ca-bundle", ""), "os".equalsIgnoreCase(p.getProperty("trust-store", "").strip()));
    }

    /** The file's lines for these choices (only what differs from the defaults). */
    Properties toProperties() {
        Properties p = new Properties();
        switch (mode) {
            case SYSTEM -> p.setProperty("proxy", "system");
            case NONE -> p.setProperty("proxy", "none");
            case ADDRESS -> p.setProperty("proxy", proxy);
            default -> { }
        }
        if (mode == ProxyMode.ADDRESS && !noProxy.isEmpty()) {
            p.setProperty("no-proxy", noProxy);
        }
        if (!caBundle.isEmpty()) {
            p.setProperty("ca-bundle", caBundle);
        }
        if (osTrustStore) {
            p.setProperty("trust-store", "os");
        }
        return p;
    }

    /** Writes the settings folder's file (replacing it); model connections made from now on use it. */
    public void write(Path configDir) {
        try {
            Files.createDirectories(configDir);
            Path file = configDir.resolve(NetworkSettings.FILE_NAME);
            Path temp = Files.createTempFile(configDir, "network", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                toProperties().store(out, "Sidebench network settings (proxy, no-proxy, ca-bundle, trust-store=os)");
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + configDir.resolve(NetworkSettings.FILE_NAME) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The proxy mode's lower-case name, for messages. */
    public String modeName() {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
