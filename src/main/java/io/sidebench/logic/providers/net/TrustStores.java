package io.sidebench.logic.providers.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The certificate authorities TLS connections trust: always the JDK's own, plus a company bundle (PEM
 * file with one or more CA certificates, as TLS-inspecting proxies require) and/or the operating system's
 * store. Certificate and host name checks always stay on: a server is trusted when any of these
 * authorities vouches for it, through the JDK's own checks.
 */
public final class TrustStores {
    private TrustStores() {
    }

    /**
     * An SSL context trusting the JDK's authorities, those in {@code bundle} (may be null) and, when asked, the
     * OS's: their certificates are put into one key store, and the JDK's own PKIX trust manager checks every
     * server against it (chain, validity, host name) — no trust manager of ours.
     */
    public static SSLContext context(Path bundle, boolean operatingSystem) {
        try {
            KeyStore merged = KeyStore.getInstance(KeyStore.getDefaultType());
            merged.load(null, null);
            int n = 0;
            for (java.security.cert.X509Certificate ca : manager(null).getAcceptedIssuers()) {
                merged.setCertificateEntry("jdk-" + n++, ca);
            }
            List<KeyStore> extra = new ArrayList<>();
            if (bundle != null) {
                extra.add(bundleStore(bundle));
            }
            if (operatingSystem) {
                KeyStore os = operatingSystemStore();
                if (os != null) {
                    extra.add(os);
                }
            }
            for (KeyStore store : extra) {
                for (String alias : java.util.Collections.list(store.aliases())) {
                    java.security.cert.Certificate cert = store.getCertificate(alias);
                    if (cert != null) {
                        merged.setCertificateEntry("extra-" + n++, cert);
                    }
                }
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(merged);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /** Reads a PEM (or DER) file of CA certificates into a key store. */
    static KeyStore bundleStore(Path bundle) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(bundle)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the CA bundle " + bundle + ": " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException(bundle + " is not a PEM file of certificates: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(bundle + " holds no certificates");
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("bundle-" + i++, certificate);
            }
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot load the CA bundle " + bundle + ": " + e.getMessage(), e);
        }
    }

    /** Windows' or macOS's root store; on Linux the distribution's bundle file; {@code null} when none is found. */
    static KeyStore operatingSystemStore() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.startsWith("windows") || os.startsWith("mac")) {
                KeyStore store = KeyStore.getInstance(os.startsWith("windows") ? "Windows-ROOT" : "KeychainStore");
                store.load(null, null);
                return store;
            }
        } catch (GeneralSecurityException | IOException e) {
            return null;
        }
        for (String file : List.of("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
                "/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem")) {
            if (Files.isRegularFile(Path.of(file))) {
                return bundleStore(Path.of(file));
            }
        }
        return null;
    }

    private static X509ExtendedTrustManager manager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager m : factory.getTrustManagers()) {
            if (m instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager available");
    }

}
