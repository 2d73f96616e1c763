package io.sidebench.cli;

import io.sidebench.logic.providers.catalogue.LocalServerDiscovery;
import io.sidebench.logic.providers.catalogue.PresetModel;
import io.sidebench.logic.providers.catalogue.ProviderCatalogue;
import io.sidebench.logic.providers.catalogue.ProviderPreset;
import io.sidebench.logic.providers.secrets.UserConfigDir;
import io.sidebench.logic.util.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "providers", mixinStandardHelpOptions = true,
        description = "The provider presets (bundled, merged with your own providers.json) and local servers.",
        subcommands = {
            ProvidersCommand.ListPresets.class,
            ProvidersCommand.Discover.class,
        })
final class ProvidersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: list or discover");
    }

    static Path userFile() {
        return UserConfigDir.resolve().resolve("providers.json");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"List the presets and their models.",
        "--json prints the merged catalogue in the file format: save it as providers.json in your settings "
                + "folder to edit or add entries."})
    static final class ListPresets implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Override
        public Integer call() {
            ProviderCatalogue catalogue = ProviderCatalogue.load(userFile());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("pricesAsOf", catalogue.pricesAsOf());
                document.put("note", catalogue.note());
                document.put("providers", catalogue.presets());
                out.println(Json.pretty(document));
                return 0;
            }
            out.println("Prices: USD per million input / output tokens as of " + catalogue.pricesAsOf()
                    + " (edit " + userFile() + " to correct or add)");
            for (ProviderPreset p : catalogue.presets()) {
                out.printf("%n%-12s %s%n", p.id(), p.name());
                out.printf("  %-10s %s  %s%s%n", p.kind().id(), p.baseUrl(), p.jurisdiction(),
                        p.apiKeyEnv() == null ? "" : "  key: " + p.apiKeyEnv());
                for (PresetModel m : p.models()) {
                    out.printf(Locale.ROOT, "    %-42s %-12s %s%n", m.name(),
                            Boolean.TRUE.equals(m.openWeights()) ? "open weights" : Boolean.FALSE.equals(
                                    m.openWeights()) ? "closed" : "?", price(m));
                }
            }
            return 0;
        }

        private static String price(PresetModel m) {
            if (m.input() == null || m.output() == null) {
                return "price unknown";
            }
            return String.format(Locale.ROOT, "$%.2f / $%.2f", m.input(), m.output());
        }
    }

    @Command(name = "discover", mixinStandardHelpOptions = true,
            description = "Find model servers running on this machine (Ollama, LM Studio, llama.cpp, vLLM).")
    static final class Discover implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Option(names = "--timeout-ms", paramLabel = "MS", description = "time limit per server (default: ${DEFAULT-VALUE})")
        long timeoutMs = 1500;

        @Override
        public Integer call() {
            List<LocalServerDiscovery.FoundServer> found = new LocalServerDiscovery(Duration.ofMillis(timeoutMs))
                    .discover(ProviderCatalogue.load(userFile()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.pretty(found));
                return 0;
            }
            if (found.isEmpty()) {
                out.println("No local model server answered (tried Ollama 11434, LM Studio 1234, llama.cpp 8080, vLLM 8000).");
                return 0;
            }
            for (LocalServerDiscovery.FoundServer server : found) {
                out.printf("%-10s %s (%s): %d model(s)%n", server.presetId(), server.baseUrl(), server.kind().id(),
                        server.models().size());
                server.models().forEach(m -> out.println("    " + m));
            }
            return 0;
        }
    }
}
