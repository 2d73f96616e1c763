package io.sidebench.logic.providers.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.sidebench.model.Chunk;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.BedrockStubServer;
import io.sidebench.testsupport.BedrockStubServer.Behaviour;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end against a loopback Bedrock that checks SigV4 and streams AWS event-stream frames. */
class BedrockClientTest {
    private static final String KEY_ID = "AKIATESTSIDEBENCH01";
    private static final String SECRET = "aws-secret-SENTINEL-3c9d1e7f5a2b4c6d8e0f";
    private static final String SESSION = "aws-session-SENTINEL-FwoGZXIvYXdzEJr//////////wEaDK";
    private final BedrockStubServer server = new BedrockStubServer(KEY_ID, SECRET, "us-west-2");
    @TempDir
    Path home;
    private DefaultModelClientFactory factory;

    @AfterEach
    void stop() {
        server.close();
        if (factory != null) {
            factory.close();
        }
    }

    private ModelResult call(Map<String, String> env, String modelId, ModelParams params) {
        factory = new DefaultModelClientFactory(new ApiKeyResolver(env::get,
                new CredentialsStore(home.resolve("credentials.properties"))), Duration.ofSeconds(20), null,
                texts -> List.of());
        ModelConfig config = new ModelConfig(0, "br", ProviderKind.BEDROCK, server.baseUrl(), modelId, null, null,
                params, null, new ConnectionSettings(Map.of(), Map.of(), Map.of("region", "us-west-2")));
        try (ModelClient client = factory.create(config)) {
            return client.complete(new ChatRequest(List.of(ChatMessage.system("be brief"), ChatMessage.user("hi")),
                    null, null, null), StreamListener.NONE, CancelToken.none());
        }
    }

    private static Map<String, String> envKeys(boolean session) {
        Map<String, String> env = new HashMap<>(Map.of("AWS_ACCESS_KEY_ID", KEY_ID, "AWS_SECRET_ACCESS_KEY", SECRET));
        if (session) {
            env.put("AWS_SESSION_TOKEN", SESSION);
        }
        return env;
    }

    @Test
    void signedConverseStreamIsDecodedWithReasoningUsageAndChunkTimes() {
        ModelResult result = call(envKeys(true), "us.deepseek.r1-v1:0",
                ModelParams.DEFAULTS.withMaxTokens(64).withTemperature(0.0));
        assertThat(result.isOk()).as(result.error()).isTrue();
        assertThat(result.text()).isEqualTo("Hello from Bedrock");
        assertThat(result.reasoning()).isEqualTo("thinking ");
        assertThat(result.inputTokens()).isEqualTo(11);
        assertThat(result.outputTokens()).isEqualTo(4);
        assertThat(result.chunks()).hasSize(3);
        assertThat(result.chunks().get(0).reasoning()).isTrue();
        assertThat(result.chunks().get(0).atMs()).isGreaterThanOrEqualTo(40.0);
        assertThat(result.chunks()).extracting(Chunk::atMs).isSorted();
        // the stub paces 40 + 20 + 20 ms after it received the request, which the client sent before that
        assertThat(result.chunks().get(1).atMs()).isGreaterThanOrEqualTo(60.0);
        assertThat(result.chunks().get(2).atMs()).isGreaterThanOrEqualTo(80.0);

        assertThat(server.paths()).containsExactly("/model/us.deepseek.r1-v1%3A0/converse-stream");
        Map<String, String> sent = server.requests().get(0);
        assertThat(sent.get("x-amz-security-token")).isEqualTo(SESSION);
        assertThat(sent.get("authorization")).contains("SignedHeaders=accept;content-type;host;x-amz-date;x-amz-security-token");
        String body = server.bodies().get(0);
        assertThat(body).contains("\"system\":[{\"text\":\"be brief\"}]", "\"role\":\"user\"", "\"maxTokens\":64",
                "\"temperature\":0.0");
    }

    @Test
    void credentialsComeFromTheProfileFileWhenNotInTheEnvironment() throws Exception {
        Path file = Files.writeString(home.resolve("aws-credentials"), "[default]\naws_access_key_id = WRONG\n"
                + "aws_secret_access_key = wrong\n\n[bench]\naws_access_key_id = " + KEY_ID + "\n"
                + "aws_secret_access_key = " + SECRET + "\n");
        ModelResult result = call(Map.of("AWS_SHARED_CREDENTIALS_FILE", file.toString(), "AWS_PROFILE", "bench"),
                "anthropic.claude-3-5-haiku-20241022-v1:0", null);
        assertThat(result.isOk()).as(result.error()).isTrue();
        assertThat(server.requests().get(0)).doesNotContainKey("x-amz-security-token");
    }

    @Test
    void noCredentialsSaysWhereToPutThem() {
        assertThatThrownBy(() -> call(Map.of("AWS_SHARED_CREDENTIALS_FILE", home.resolve("none").toString()), "m", null))
                .hasMessageContaining("AWS_ACCESS_KEY_ID").hasMessageContaining("AWS_PROFILE");
    }

    @Test
    void aWrongSecretIsRefusedByTheSignatureCheckAsAuthentication() {
        Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", KEY_ID, "AWS_SECRET_ACCESS_KEY", "wrong-secret-0123456789");
        ModelResult result = call(env, "meta.llama3-1-70b-instruct-v1:0", null);
        assertThat(result.failure()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(result.httpStatus()).isEqualTo(403);
        assertThat(result.error()).contains("signature").doesNotContain("wrong-secret-0123456789");
    }

    @Test
    void throttlingOverHttpAndInsideTheStreamIsRateLimited() {
        server.behave("busy", Behaviour.THROTTLE_HTTP).behave("midway", Behaviour.THROTTLE_IN_STREAM);
        ModelResult http = call(envKeys(false), "busy", null);
        assertThat(http.failure()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(http.httpStatus()).isEqualTo(429);
        assertThat(http.error()).doesNotContain(SECRET);
        factory.close();
        ModelResult stream = call(envKeys(true), "midway", null);
        assertThat(stream.failure()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(stream.text()).isEqualTo("par");
        assertThat(stream.error()).doesNotContain(SECRET).doesNotContain(SESSION);
    }
}
