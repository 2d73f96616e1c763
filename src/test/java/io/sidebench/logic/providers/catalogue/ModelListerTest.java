package io.sidebench.logic.providers.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model-name box's list: what a loopback endpoint offers, and why it cannot list. */
class ModelListerTest {
    private static final String SECRET = "sk-list-abcdefghijklmnop987654";
    @TempDir
    Path dir;
    private final StubLlmServer server = StubLlmServer.start().advertise("qwen2.5-7b", "llama3.1:8b");

    @AfterEach
    void stop() {
        server.close();
    }

    private ModelLister lister() {
        return new ModelLister(new ApiKeyResolver(Map.of("LIST_KEY", SECRET)::get,
                new CredentialsStore(dir.resolve("credentials.properties"))), Duration.ofSeconds(5));
    }

    @Test
    void listsOpenAiCompatibleModelsSendingTheKey() throws Exception {
        assertThat(lister().list(ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl() + "/", "LIST_KEY"))
                .contains("qwen2.5-7b", "llama3.1:8b");
        RecordedRequest request = server.requests().get(0);
        assertThat(request.path()).isEqualTo("/v1/models");
        assertThat(request.header("authorization")).isEqualTo("Bearer " + SECRET);
    }

    @Test
    void listsOllamaTagsFromTheRootOrAnApiUrl() throws Exception {
        assertThat(lister().list(ProviderKind.OLLAMA, server.baseUrl(), null)).contains("qwen2.5-7b", "llama3.1:8b");
        assertThat(lister().list(ProviderKind.OLLAMA, server.baseUrl() + "/api", null)).contains("llama3.1:8b");
        assertThat(server.requests()).extracting(RecordedRequest::path).containsOnly("/api/tags");
        assertThat(server.requests().get(0).header("authorization")).isNull();
    }

    @Test
    void saysWhyAnEndpointCannotList() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThatThrownBy(() -> lister().list(ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:" + port + "/v1",
                "LIST_KEY")).isInstanceOf(ModelLister.ListingException.class)
                .hasMessage("nothing is listening at 127.0.0.1:" + port + " — is the server running?");
        assertThatThrownBy(() -> lister().list(ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/nowhere", null))
                .hasMessage("the server at 127.0.0.1:" + server.port()
                        + " does not list its models (no /nowhere/models); type the model name");
        assertThatThrownBy(() -> lister().list(ProviderKind.OPENAI_COMPATIBLE, "", null))
                .hasMessage("enter the base URL first");
        assertThatThrownBy(() -> lister().list(ProviderKind.GGUF, "x", null))
                .hasMessageContaining("type the model name");
    }
}
