package io.sidebench.logic.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.providers.check.ConnectionCheck;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a call can fail against real loopback conditions, and the sentence a person reads for it:
 * never a Java exception name, never the key.
 */
class FailureMessagesTest {
    private static final String SECRET = "sk-live-abcdefghijklmnop123456";
    private static final String KEY_VAR = "SB_TEST_KEY";

    @TempDir
    Path home;
    private final StubLlmServer server = StubLlmServer.start();
    private DefaultModelClientFactory factory;

    @AfterEach
    void stop() {
        server.close();
        if (factory != null) {
            factory.close();
        }
    }

    private ModelResult call(String baseUrl, String model, String keyVar, Duration timeout) {
        factory = new DefaultModelClientFactory(new ApiKeyResolver(Map.of(KEY_VAR, SECRET)::get,
                new CredentialsStore(home.resolve("credentials.properties"))), Duration.ofSeconds(20), null,
                texts -> List.of());
        ModelConfig config = new ModelConfig(0, "m", ProviderKind.OPENAI_COMPATIBLE, baseUrl, model, keyVar, null,
                null, null);
        try (ModelClient client = factory.create(config)) {
            ModelResult result = client.complete(new ChatRequest(List.of(ChatMessage.user("hi")), null, timeout, null),
                    StreamListener.NONE, CancelToken.none());
            assertThat(result.isOk()).isFalse();
            assertThat(result.error()).doesNotContain(SECRET).doesNotContain("Exception").doesNotContain("java.");
            return result;
        }
    }

    @Test
    void aClosedPortSaysNothingIsListening() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ModelResult result = call("http://127.0.0.1:" + port + "/v1", "qwen", null, Duration.ofSeconds(10));
        assertThat(result.failure()).isEqualTo(FailureKind.CONNECTION);
        assertThat(result.error()).isEqualTo("nothing is listening at 127.0.0.1:" + port + " — is the server running?");
        assertThat(FailureMessages.afterAttempts(result, 3))
                .isEqualTo(result.error() + " [3 attempts, retried 2 times]");
    }

    @Test
    void anUnknownHostSaysSo() {
        ModelResult result = call("http://nonexistent.invalid:8080/v1", "qwen", null, Duration.ofSeconds(10));
        assertThat(result.failure()).isEqualTo(FailureKind.CONNECTION);
        assertThat(result.error()).isEqualTo("no such host: nonexistent.invalid — check the base URL");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.defaultScript(StubScript.hang());
        ModelResult result = call(server.openAiBaseUrl(), "qwen", null, Duration.ofSeconds(1));
        assertThat(result.failure()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(result.error()).isEqualTo("no answer from 127.0.0.1:" + server.port() + " within 1 s");
    }

    @Test
    void aRefusedKeyNamesTheVariableNeverTheValue() {
        server.defaultScript(StubScript.status(401));
        ModelResult result = call(server.openAiBaseUrl(), "qwen", KEY_VAR, Duration.ofSeconds(10));
        assertThat(result.failure()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(result.error()).startsWith("the API key was refused (HTTP 401) — check the key in SB_TEST_KEY")
                .contains("Incorrect API key provided").doesNotContain("abcdefghijklmnop");
        server.defaultScript(StubScript.status(403));
        assertThat(call(server.openAiBaseUrl(), "qwen", KEY_VAR, Duration.ofSeconds(10)).error())
                .startsWith("the API key is not allowed to do this (HTTP 403) — check the key in SB_TEST_KEY");
        server.defaultScript(StubScript.status(401));
        assertThat(call(server.openAiBaseUrl(), "qwen", null, Duration.ofSeconds(10)).error())
                .startsWith("the API key was refused (HTTP 401) — this model sends no key; set its key variable");
    }

    @Test
    void anUnknownModelNamesTheModelAndThePath() {
        server.defaultScript(StubScript.status(404));
        ModelResult result = call(server.openAiBaseUrl(), "qwen-nope", null, Duration.ofSeconds(10));
        assertThat(result.failure()).isEqualTo(FailureKind.CLIENT_ERROR);
        assertThat(result.error()).startsWith("model 'qwen-nope' or path /v1/chat/completions is unknown at 127.0.0.1:"
                + server.port() + " (HTTP 404)");
    }

    @Test
    void aRateLimitSaysHowLongToWaitAndHowOftenItWasTried() {
        server.defaultScript(StubScript.rateLimited("3"));
        ModelResult result = call(server.openAiBaseUrl(), "qwen", null, Duration.ofSeconds(10));
        assertThat(result.failure()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(result.error()).startsWith("rate limited (HTTP 429); the server asks to wait 3 s");
        assertThat(FailureMessages.afterAttempts(result, 2)).endsWith("[2 attempts, retried 1 time]");
        assertThat(FailureMessages.afterAttempts(result, 1)).endsWith("[1 attempt]");
    }

    @Test
    void theConnectionCheckSaysTheSame() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        factory = new DefaultModelClientFactory(new ApiKeyResolver(k -> null,
                new CredentialsStore(home.resolve("credentials.properties"))), Duration.ofSeconds(20), null,
                texts -> List.of());
        ConnectionCheck.Outcome outcome = new ConnectionCheck(factory).run(new ModelConfig(0, "m",
                ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:" + port + "/v1", "qwen", null, null, null, null),
                ConnectionCheck.PROMPT, Duration.ofSeconds(10));
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.error()).isEqualTo("nothing is listening at 127.0.0.1:" + port + " — is the server running?");
    }

    @Test
    void aSelfSignedCertificateIsNotTrusted() throws Exception {
        Path keystore = home.resolve("tls.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "stub", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        try (SSLServerSocket listener = (SSLServerSocket) tls.getServerSocketFactory()
                .createServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (SSLSocket socket = (SSLSocket) listener.accept()) {
                        socket.startHandshake();
                    } catch (Exception expected) {
                        // the client refuses the certificate
                    }
                }
            }, "tls-stub");
            acceptor.setDaemon(true);
            acceptor.start();
            ModelResult result = call("https://127.0.0.1:" + listener.getLocalPort() + "/v1", "qwen", null,
                    Duration.ofSeconds(10));
            assertThat(result.failure()).isEqualTo(FailureKind.CONNECTION);
            assertThat(result.error()).startsWith("the TLS certificate of 127.0.0.1:" + listener.getLocalPort()
                    + " is not trusted (self-signed or from an unknown issuer); if your company's proxy inspects TLS, "
                    + "give its CA certificates with --ca-bundle FILE");
        }
    }
}
