package io.sidebench.logic.providers.vertex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.logic.util.Json;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vertex AI with application-default credentials: a service-account JSON whose token_uri is a loopback
 * OAuth endpoint that verifies the RS256 JWT with the account's public key, then Gemini's
 * streamGenerateContent (and the OpenAI-compatible endpoint) on the loopback stub with the bearer token.
 */
class VertexClientTest {
    private static final String ACCESS_TOKEN = "ya29.vertex-SENTINEL-token-4b7c9d2e1f";
    private final StubLlmServer llm = StubLlmServer.start();
    private final List<String> assertions = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private HttpServer oauth;
    private KeyPair keys;
    @TempDir
    Path home;
    private DefaultModelClientFactory factory;

    @BeforeEach
    void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        oauth = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        oauth.createContext("/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> fields = new HashMap<>();
            for (String pair : form.split("&")) {
                int eq = pair.indexOf('=');
                fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            String answer;
            int status = 200;
            if ("urn:ietf:params:oauth:grant-type:jwt-bearer".equals(fields.get("grant_type"))
                    && verified(fields.get("assertion"))) {
                assertions.add(fields.get("assertion"));
                answer = "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}";
            } else {
                status = 400;
                answer = "{\"error\":\"invalid_grant\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        oauth.start();
    }

    private boolean verified(String jwt) {
        try {
            String[] parts = jwt.split("\\.");
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(keys.getPublic());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            JsonNode claims = Json.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
            boolean ok = rsa.verify(Base64.getUrlDecoder().decode(parts[2]))
                    && claims.path("iss").asText().equals("bench@acme-risk.iam.gserviceaccount.com")
                    && claims.path("scope").asText().equals(GoogleAdc.SCOPE)
                    && claims.path("aud").asText().equals(tokenUri())
                    && claims.path("exp").asLong() - claims.path("iat").asLong() == 3600;
            if (!ok) {
                problems.add("claims or signature wrong: " + claims);
            }
            return ok;
        } catch (Exception e) {
            problems.add(e.toString());
            return false;
        }
    }

    private String tokenUri() {
        return "http://127.0.0.1:" + oauth.getAddress().getPort() + "/token";
    }

    @AfterEach
    void stop() {
        llm.close();
        oauth.stop(0);
        if (factory != null) {
            factory.close();
        }
    }

    private Path serviceAccount(java.security.PrivateKey key) throws Exception {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        Map<String, String> json = Map.of("type", "service_account", "project_id", "acme-risk",
                "private_key_id", "k1", "private_key", pem, "client_email", "bench@acme-risk.iam.gserviceaccount.com",
                "token_uri", tokenUri());
        return Files.writeString(home.resolve("sa.json"), Json.write(json));
    }

    private ModelResult call(Path credentials, String model, Map<String, String> options) {
        factory = new DefaultModelClientFactory(new ApiKeyResolver(Map.of("GOOGLE_APPLICATION_CREDENTIALS",
                credentials.toString())::get, new CredentialsStore(home.resolve("credentials.properties"))),
                Duration.ofSeconds(20), null, texts -> List.of());
        ModelConfig config = new ModelConfig(0, "vx", ProviderKind.VERTEX, llm.baseUrl(), model, null, null, null,
                null, new ConnectionSettings(Map.of(), Map.of(), options));
        try (ModelClient client = factory.create(config)) {
            return client.complete(new ChatRequest(List.of(ChatMessage.user("hi")), null, null, null),
                    StreamListener.NONE, CancelToken.none());
        }
    }

    @Test
    void geminiOnVertexWithAServiceAccount() throws Exception {
        llm.script("gemini-2.0-flash-001", StubScript.ok().answerText("hello from vertex"));
        ModelResult result = call(serviceAccount(keys.getPrivate()), "gemini-2.0-flash-001",
                Map.of("region", "europe-west4"));
        assertThat(problems).isEmpty();
        assertThat(result.isOk()).as(result.error()).isTrue();
        assertThat(result.text()).isEqualTo("hello from vertex");
        assertThat(assertions).hasSize(1);
        RecordedRequest sent = llm.chatRequests().get(0);
        assertThat(sent.path()).isEqualTo("/v1/projects/acme-risk/locations/europe-west4/publishers/google/models/"
                + "gemini-2.0-flash-001:streamGenerateContent");
        assertThat(sent.header("authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
        assertThat(sent.header("x-goog-api-key")).isNull();
    }

    @Test
    void openModelsOnVertexUseItsOpenAiEndpoint() throws Exception {
        llm.script("deepseek-ai/deepseek-r1-0528-maas", StubScript.ok().answerText("open weights"));
        ModelResult result = call(serviceAccount(keys.getPrivate()), "deepseek-ai/deepseek-r1-0528-maas",
                Map.of("api", "openai", "project", "other-project"));
        assertThat(result.isOk()).as(result.error()).isTrue();
        RecordedRequest sent = llm.chatRequests().get(0);
        assertThat(sent.path()).isEqualTo("/v1/projects/other-project/locations/us-central1/endpoints/openapi/chat/completions");
        assertThat(sent.header("authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
    }

    @Test
    void aRefusedKeyIsAClearErrorAndA401IsAuthentication() throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        assertThatThrownBy(() -> call(serviceAccount(other.getPrivate()), "gemini-2.0-flash-001", Map.of()))
                .hasMessageContaining("Google refused the credentials").hasMessageContaining("invalid_grant");
        llm.script("gemini-locked", StubScript.status(401));
        ModelResult refused = call(serviceAccount(keys.getPrivate()), "gemini-locked", Map.of());
        assertThat(refused.failure()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(refused.error()).doesNotContain(ACCESS_TOKEN);
    }
}
