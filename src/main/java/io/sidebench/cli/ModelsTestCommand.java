package io.sidebench.cli;

import io.sidebench.logic.providers.check.ConnectionCheck;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.model.ModelConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Send one short request to a model and print its time to first token and speed.")
final class ModelsTestCommand implements Callable<Integer> {
    static final String PROMPT = ConnectionCheck.PROMPT;

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
        try (ProjectStore store = ProjectStores.open(parent.project)) {
            config = store.models().find(name).orElseThrow(() -> new CliException(CliProjects.shown(parent.project)
                    + ": no model named '" + name + "'"));
        }
        PrintWriter out = parent.spec.commandLine().getOut();
        ConnectionCheck.Outcome result;
        try (DefaultModelClientFactory factory = DefaultModelClientFactory.standard()) {
            result = new ConnectionCheck(factory).run(config, prompt, Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        }
        if (!result.ok()) {
            throw new CliException(result.error().startsWith("model '") ? result.error()
                    : "model '" + config.name() + "': " + result.error());
        }
        print(out, config, result);
        return 0;
    }

    private static void print(PrintWriter out, ModelConfig config, ConnectionCheck.Outcome result) {
        out.println("model '" + config.displayName() + "': ok");
        out.printf(Locale.ROOT, "  TTFT          %.1f ms%n", result.ttftMs());
        if (result.firstAnswerMs() != null) {
            out.printf(Locale.ROOT, "  first answer  %.1f ms (after reasoning)%n", result.firstAnswerMs());
        }
        out.printf(Locale.ROOT, "  e2e           %.1f ms%n", result.e2eMs());
        out.printf(Locale.ROOT, "  tokens        %d%s%n", result.tokens(),
                result.tokensEstimated() ? " (estimated with cl100k_base)" : "");
        if (result.tokensPerSecond() != null) {
            out.printf(Locale.ROOT, "  tokens/s      %.1f (after the first token)%n", result.tokensPerSecond());
        }
        out.println("  answer        " + result.answer());
    }
}
