package io.sidebench.cli;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingType;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Chunk;
import io.sidebench.model.ModelConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Send one short request to a model and print its time to first token and speed.")
final class ModelsTestCommand implements Callable<Integer> {
    static final String PROMPT = "Reply with one short sentence: are you ready?";

    @ParentCommand
    ModelsCommand parent;

    @Parameters(index = "0", paramLabel = "NAME", description = "the model's name")
    String name;

    @Option(names = "--timeout", paramLabel = "S", description = "seconds to wait (default: ${DEFAULT-VALUE})")
    double timeoutSeconds = 60;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "the question to send")
    String prompt = PROMPT;

    @Override
    public Integer call() {
        ModelConfig config;
        try (ProjectStore store = ProjectStore.open(parent.project)) {
            config = store.models().find(name).orElseThrow(() -> new CliException(parent.project
                    + ": no model named '" + name + "'"));
        }
        PrintWriter out = parent.spec.commandLine().getOut();
        ModelResult result;
        try (DefaultModelClientFactory factory = DefaultModelClientFactory.standard();
             ModelClient client = factory.create(config)) {
            ChatRequest request = new ChatRequest(List.of(ChatMessage.user(prompt)), null,
                    Duration.ofMillis(Math.round(timeoutSeconds * 1000)), "ready");
            result = client.complete(request, StreamListener.NONE, CancelToken.none());
        }
        if (!result.isOk()) {
            String retry = result.retryAfter() == null ? "" : " (retry after " + result.retryAfter().toMillis() + " ms)";
            throw new CliException("model '" + config.name() + "': " + result.failure() + ": " + result.error() + retry);
        }
        print(out, config, result);
        return 0;
    }

    private static void print(PrintWriter out, ModelConfig config, ModelResult result) {
        List<Chunk> chunks = result.chunks();
        double ttft = chunks.isEmpty() ? result.e2eMs() : chunks.get(0).atMs();
        Double firstAnswer = chunks.stream().filter(c -> !c.reasoning()).map(Chunk::atMs).findFirst().orElse(null);
        boolean estimated = result.outputTokens() == null;
        int tokens = estimated ? estimateTokens(result) : result.outputTokens();
        out.println("model '" + config.displayName() + "': ok");
        out.printf(Locale.ROOT, "  TTFT          %.1f ms%n", ttft);
        if (firstAnswer != null && firstAnswer > ttft) {
            out.printf(Locale.ROOT, "  first answer  %.1f ms (after reasoning)%n", firstAnswer);
        }
        out.printf(Locale.ROOT, "  e2e           %.1f ms%n", result.e2eMs());
        out.printf(Locale.ROOT, "  tokens        %d%s%n", tokens, estimated ? " (estimated with cl100k_base)" : "");
        if (tokens > 1 && result.e2eMs() > ttft) {
            out.printf(Locale.ROOT, "  tokens/s      %.1f (after the first token)%n",
                    (tokens - 1) / ((result.e2eMs() - ttft) / 1000.0));
        }
        String text = result.text().replaceAll("\\s+", " ").trim();
        out.println("  answer        " + (text.length() > 120 ? text.substring(0, 117) + "..." : text));
    }

    private static int estimateTokens(ModelResult result) {
        String all = result.text() + (result.reasoning() == null ? "" : result.reasoning());
        return Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE).countTokens(all);
    }
}
