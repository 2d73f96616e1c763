package io.sidebench.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * TLS certificate and host name checks are never switched off: no class of ours implements a trust manager
 * or host name verifier, installs an SSL context or default verifier, and no source sets the JDK properties
 * that disable host name verification. Every HTTPS connection therefore uses the JDK's default checks.
 */
class TlsChecksNeverDisabledTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.sidebench");

    @Test
    void noTrustManagerOrHostnameVerifierOfOurOwn() {
        noClasses().should().implement(TrustManager.class)
                .orShould().implement(HostnameVerifier.class)
                .orShould().beAssignableTo(TrustManager.class)
                .check(CLASSES);
    }

    /**
     * The one exception: {@code TrustStores} builds the SSL context for a company CA bundle (issue 16) from the
     * JDK's own PKIX trust manager factory over a key store of CA certificates (the JDK's plus the bundle's), so
     * the checks are the JDK's; it installs nothing as a default. {@code NetworkSettingsTest} shows a server signed
     * by an unknown CA is still refused.
     */
    private static final String TRUST_STORES = "io.sidebench.logic.providers.net.TrustStores";

    @Test
    void noSslContextOrDefaultVerifierIsInstalled() {
        noClasses().that().doNotHaveFullyQualifiedName(TRUST_STORES)
                .should().callMethod(SSLContext.class, "init", javax.net.ssl.KeyManager[].class,
                        TrustManager[].class, java.security.SecureRandom.class)
                .orShould().callMethod(SSLContext.class, "setDefault", SSLContext.class)
                .orShould().callMethod(HttpsURLConnection.class, "setDefaultHostnameVerifier", HostnameVerifier.class)
                .orShould().callMethod(HttpsURLConnection.class, "setDefaultSSLSocketFactory",
                        javax.net.ssl.SSLSocketFactory.class)
                .orShould().dependOnClassesThat().areAssignableTo(TrustManagerFactory.class)
                .check(CLASSES);
        noClasses().should().callMethod(SSLContext.class, "setDefault", SSLContext.class)
                .orShould().callMethod(HttpsURLConnection.class, "setDefaultHostnameVerifier", HostnameVerifier.class)
                .orShould().callMethod(HttpsURLConnection.class, "setDefaultSSLSocketFactory",
                        javax.net.ssl.SSLSocketFactory.class)
                .check(CLASSES);
    }

    @Test
    void noSourceSwitchesVerificationOffByProperty() throws IOException {
        List<String> forbidden = List.of("disableHostnameVerification", "trustAll", "TrustAll", "InsecureTrustManager",
                "ALLOW_ALL_HOSTNAME_VERIFIER", "NoopHostnameVerifier", "setHostnameVerifier", "javax.net.ssl.trustStore",
                "-k ", "--insecure");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> sources = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".properties")).toList();
            assertThat(sources).hasSizeGreaterThan(100);
            for (Path f : sources) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (String word : forbidden) {
                    assertThat(text).as(f + " contains " + word).doesNotContain(word);
                }
            }
        }
    }
}
