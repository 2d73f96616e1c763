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

    /** An SSL context trusting the JDK's authorities, those in {@code bundle} (may be null) and, when asked, the OS's. */
    public static SSLContext context(Path bundle, boolean operatingSystem) {
        try {
            List<X509ExtendedTrustManager> managers = new ArrayList<>();
            managers.add(manager(null));
            if (bundle != null) {
                managers.add(manager(bundleStore(bundle)));
            }
            if (operatingSystem) {
                KeyStore os = operatingSystemStore();
                if (os != null) {
                    managers.add(manager(os));
                }
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AnyOf(managers)}, null);
            return context;
        } catch (GeneralSecurityException e) {
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

    /** Trusts a server when one of its managers does (each doing its full checks, host name included). */
    private static final class AnyOf extends X509ExtendedTrustManager {
        private final List<X509ExtendedTrustManager> managers;

        AnyOf(List<X509ExtendedTrustManager> managers) {
            this.managers = List.copyOf(managers);
        }

        private interface Check {
            void run(X509ExtendedTrustManager m) throws CertificateException;
        }

        private void any(Check check) throws CertificateException {
            CertificateException first = null;
            for (X509ExtendedTrustManager m : managers) {
                try {
                    check.run(m);
                    return;
                } catch (CertificateException e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
            throw first == null ? new CertificateException("no trust manager") : first;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            any(m -> m.checkClientTrusted(chain, authType, socket));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            any(m -> m.checkClientTrusted(chain, authType, engine));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            any(m -> m.checkClientTrusted(chain, authType));
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }
}
