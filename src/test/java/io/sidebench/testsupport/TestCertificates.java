package io.sidebench.testsupport;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority and a server certificate it signed for 127.0.0.1 / localhost, made
 * in memory for each test (like a company's TLS-inspecting proxy CA: known to nobody but the bundle).
 */
public final class TestCertificates {
    private final X509Certificate ca;
    private final X509Certificate server;
    private final KeyPair serverKeys;

    private TestCertificates(X509Certificate ca, X509Certificate server, KeyPair serverKeys) {
        this.ca = ca;
        this.server = server;
        this.serverKeys = serverKeys;
    }

    public static TestCertificates create() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(42L);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair caKeys = generator.generateKeyPair();
            KeyPair serverKeys = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name caName = new X500Name("CN=Sidebench Test Corporate CA");
            X509v3CertificateBuilder caBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.ONE,
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)), caName,
                    caKeys.getPublic());
            caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            caBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            ContentSigner caSigner = new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate());
            X509Certificate ca = new JcaX509CertificateConverter().getCertificate(caBuilder.build(caSigner));

            X509v3CertificateBuilder serverBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.TWO,
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)),
                    new X500Name("CN=localhost"), serverKeys.getPublic());
            serverBuilder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
            serverBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            X509Certificate server = new JcaX509CertificateConverter().getCertificate(serverBuilder.build(caSigner));
            return new TestCertificates(ca, server, serverKeys);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make test certificates", e);
        }
    }

    /** Writes the CA certificate as a PEM bundle file. */
    public Path writeCaBundle(Path file) {
        try {
            StringWriter pem = new StringWriter();
            pem.write("-----BEGIN CERTIFICATE-----\n");
            pem.write(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(ca.getEncoded()));
            pem.write("\n-----END CERTIFICATE-----\n");
            Files.writeString(file, pem.toString(), StandardCharsets.US_ASCII);
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server side: its key and the chain up to the test CA. */
    public SSLContext serverContext() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = "test".toCharArray();
            store.setKeyEntry("server", serverKeys.getPrivate(), password, new X509Certificate[] {server, ca});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
