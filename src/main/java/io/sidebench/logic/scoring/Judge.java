package io.sidebench.logic.scoring;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.ModelParams;
import java.time.Duration;
import java.util.List;

/**
 * A configured model acting as judge: asks it one rendered rubric at temperature 0 and returns its raw
 * output. Its identity ({@code judge:NAME}) is what scores and votes are stored under.
 */
public final class Judge {
    static final String CALL_FAILED = "judge call failed";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

    private final String modelName;
    private final ModelClient client;
    private final ModelParams params;
    private final JudgeTemplates templates;
    private final Duration timeout;

    public Judge(String modelName, ModelClient client, ModelParams params, JudgeTemplates templates) {
        this(modelName, client, params, templates, DEFAULT_TIMEOUT);
    }

    public Judge(String modelName, ModelClient client, ModelParams params, JudgeTemplates templates,
                 Duration timeout) {
        this.modelName = modelName;
        this.client = client;
        this.params = (params == null ? ModelParams.DEFAULTS : params).withTemperature(0.0);
        this.templates = templates;
        this.timeout = timeout;
    }

    /** The voter / scorer name: {@code judge:MODEL}. */
    public String identity() {
        return "judge:" + modelName;
    }

    public String modelName() {
        return modelName;
    }

    public JudgeTemplates templates() {
        return templates;
    }

    ModelParams params() {
        return params;
    }

    /** The judge's reply, or a failure of the call (provider error, timeout). */
    public record Reply(String text, String failure) {
        public boolean isOk() {
            return failure == null;
        }
    }

    public Reply ask(String renderedPrompt, CancelToken cancel) {
        ChatRequest request = new ChatRequest(List.of(ChatMessage.user(renderedPrompt)), params, timeout, null);
        ModelResult result = client.complete(request, StreamListener.NONE, cancel == null ? CancelToken.none() : cancel);
        if (!result.isOk()) {
            return new Reply(result.text(), CALL_FAILED + " (" + result.failure() + "): " + result.error());
        }
        return new Reply(result.text(), null);
    }
}
