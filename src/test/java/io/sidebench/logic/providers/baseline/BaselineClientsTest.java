package io.sidebench.logic.providers.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BaselineClientsTest {
    private static final OnnxTextEmbedder EMBEDDER = new OnnxTextEmbedder();

    private static ChatRequest prompt(String text, String reference) {
        return new ChatRequest(List.of(ChatMessage.user(text)), null, null, reference);
    }

    @Test
    void referenceBaselineAnswersWithTheReference() {
        AtomicInteger chunks = new AtomicInteger();
        ModelResult result = new ReferenceBaselineClient().complete(prompt("q?", "Paris"),
                (t, r, at) -> chunks.incrementAndGet(), CancelToken.none());
        assertThat(result.isOk()).isTrue();
        assertThat(result.text()).isEqualTo("Paris");
        assertThat(result.chunks()).hasSize(1);
        assertThat(chunks).hasValue(1);
    }

    @Test
    void referenceBaselineWithoutReferenceIsAClientError() {
        ModelResult result = new ReferenceBaselineClient().complete(prompt("q?", null), StreamListener.NONE,
                CancelToken.none());
        assertThat(result.failure()).isEqualTo(FailureKind.CLIENT_ERROR);
    }

    @Test
    void extractiveBaselinePicksTheSentenceClosestToTheQuestion() {
        String text = "The weather in Lyon was rainy all week. Paris is the capital and largest city of France. "
                + "Bananas are rich in potassium.\nWhat is the capital city of France?";
        ModelResult result = new ExtractiveBaselineClient(EMBEDDER, 1).complete(prompt(text, null),
                StreamListener.NONE, CancelToken.none());
        assertThat(result.isOk()).isTrue();
        assertThat(result.text()).isEqualTo("Paris is the capital and largest city of France.");
    }

    @Test
    void extractiveBaselineKeepsThePromptOrderForSeveralSentences() {
        String text = "Cats sleep a lot. Water boils at 100 degrees Celsius at sea level. Dogs bark. "
                + "At high altitude water boils at a lower temperature. At what temperature does water boil?";
        ModelResult result = new ExtractiveBaselineClient(EMBEDDER, 2).complete(prompt(text, null),
                StreamListener.NONE, CancelToken.none());
        assertThat(result.text()).isEqualTo("Water boils at 100 degrees Celsius at sea level. "
                + "At high altitude water boils at a lower temperature.");
    }

    @Test
    void extractiveBaselineUsesContextFromSystemAndEarlierTurns() {
        ChatRequest request = new ChatRequest(List.of(
                ChatMessage.system("Mount Everest is the highest mountain on Earth. The Nile is a long river."),
                ChatMessage.user("Tell me about geography."), ChatMessage.assistant("Sure."),
                ChatMessage.user("Which mountain is the highest?")), null, null, null);
        ModelResult result = new ExtractiveBaselineClient(EMBEDDER, 1).complete(request, StreamListener.NONE,
                CancelToken.none());
        assertThat(result.text()).isEqualTo("Mount Everest is the highest mountain on Earth.");
    }

    @Test
    void extractiveBaselineHandlesChinese() {
        String text = "今天天气很好。北京是中国的首都。香蕉含有丰富的钾。中国的首都是哪里？";
        ModelResult result = new ExtractiveBaselineClient(EMBEDDER, 1).complete(prompt(text, null),
                StreamListener.NONE, CancelToken.none());
        assertThat(result.text()).isEqualTo("北京是中国的首都。");
    }
}
