package io.sidebench.logic.providers.gguf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import io.sidebench.testsupport.TinyGguf;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LangChain4j's OpenAI streaming model (what the OpenAI-compatible client builds on) reads the child's stream. */
class GgufLangChain4jCompatibilityTest {

    @Test
    void langChain4jStreamsTextUsageAndFinishReason(@TempDir Path dir) throws Exception {
        Path model = TinyGguf.write(dir.resolve("tiny.gguf"));
        try (GgufProcess child = GgufProcess.start(model, GgufProcess.Options.defaults().withThreads(1))) {
            OpenAiStreamingChatModel lc4j = OpenAiStreamingChatModel.builder()
                    .baseUrl(child.baseUrl()).apiKey("unused").modelName(child.modelId())
                    .maxTokens(9).temperature(0.0).timeout(Duration.ofSeconds(60)).build();
            List<String> pieces = new CopyOnWriteArrayList<>();
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();

            lc4j.chat("Hello there", new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partialResponse) {
                    pieces.add(partialResponse);
                }

                @Override
                public void onCompleteResponse(ChatResponse completeResponse) {
                    done.complete(completeResponse);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });

            ChatResponse response = done.get(60, TimeUnit.SECONDS);
            assertThat(pieces).isNotEmpty();
            assertThat(response.aiMessage().text()).isEqualTo(String.join("", pieces));
            assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(9);
            assertThat(response.tokenUsage().inputTokenCount()).isPositive();
            assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
        }
    }
}
