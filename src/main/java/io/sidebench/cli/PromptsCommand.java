package io.sidebench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Assertion;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Turn;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "prompts", mixinStandardHelpOptions = true,
        description = "List a project's prompt sets with their counts, or the prompts of one set (turns and references).")
final class PromptsCommand implements Callable<Integer> {
    private static final int PAGE = 1000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Option(names = "--set", paramLabel = "NAME", description = "show the prompts of this set")
    String set;

    @Option(names = "--limit", paramLabel = "N", description = "show at most N prompts (default: all)")
    int limit;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = ProjectStores.open(project)) {
            if (set == null) {
                listSets(store.promptSets().list(), out);
            } else {
                PromptSet chosen = store.promptSets().find(set).orElseThrow(() -> new CliException("no prompt set named '"
                        + set + "' in " + CliProjects.shown(project) + "; the sets are: " + store.promptSets().list().stream()
                        .map(PromptSet::name).collect(Collectors.joining(", "))));
                int max = limit > 0 ? limit : Integer.MAX_VALUE;
                if (json) {
                    printJson(store, chosen, max, out);
                } else {
                    printText(store, chosen, max, out);
                }
            }
        }
        out.flush();
        return 0;
    }

    private void listSets(List<PromptSet> sets, PrintWriter out) {
        if (json) {
            out.println(Json.pretty(sets.stream().map(PromptsCommand::setJson).collect(Collectors.toList())));
            return;
        }
        if (sets.isEmpty()) {
            out.println("No prompt sets yet; add one with: sidebench import " + CliProjects.shown(project) + " FILE");
            return;
        }
        int width = Math.max(4, sets.stream().mapToInt(s -> s.name().length()).max().orElse(4));
        out.printf("%-" + width + "s %8s  %-13s %s%n", "NAME", "PROMPTS", "FORMAT", "SOURCE");
        for (PromptSet s : sets) {
            out.printf("%-" + width + "s %8d  %-13s %s%n", s.name(), s.promptCount(), s.format(), s.source());
        }
    }

    private static Map<String, Object> setJson(PromptSet s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("prompts", s.promptCount());
        m.put("format", s.format());
        m.put("source", s.source());
        m.put("importedAt", s.importedAt().toString());
        return m;
    }

    private static void printText(ProjectStore store, PromptSet s, int max, PrintWriter out) {
        out.printf("%s: %d prompts (%s, from %s)%n", s.name(), s.promptCount(), s.format(), s.source());
        int shown = 0;
        for (int offset = 0; shown < max; offset += PAGE) {
            List<Prompt> page = store.promptSets().prompts(s.id(), offset, Math.min(PAGE, max - shown));
            if (page.isEmpty()) {
                break;
            }
            for (Prompt p : page) {
                out.printf("%n#%d %s%s%n", p.ordinal() + 1, p.key(), p.category() == null ? "" : "  [" + p.category() + "]");
                if (p.system() != null) {
                    out.println("  system: " + indent(p.system()));
                }
                int n = 0;
                for (Turn t : p.turns()) {
                    n++;
                    String label = p.isMultiTurn() ? " " + n : "";
                    out.println("  user" + label + ": " + indent(t.user()));
                    if (t.reference() != null) {
                        out.println("  reference" + label + ": " + indent(t.reference()));
                    }
                }
                for (Assertion a : p.assertions()) {
                    out.println("  assert " + a.type() + (a.value() == null ? "" : ": " + indent(a.value()))
                            + (a.threshold() == null ? "" : " (threshold " + a.threshold() + ")"));
                }
                shown++;
            }
        }
    }

    private static String indent(String text) {
        return text.replace("\n", "\n    ");
    }

    private static void printJson(ProjectStore store, PromptSet s, int max, PrintWriter out) throws IOException {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeObjectField("set", setJson(s));
            g.writeArrayFieldStart("prompts");
            int shown = 0;
            for (int offset = 0; shown < max; offset += PAGE) {
                List<Prompt> page = store.promptSets().prompts(s.id(), offset, Math.min(PAGE, max - shown));
                if (page.isEmpty()) {
                    break;
                }
                for (Prompt p : page) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("key", p.key());
                    m.put("ordinal", p.ordinal());
                    m.put("category", p.category());
                    m.put("system", p.system());
                    m.put("turns", p.turns());
                    m.put("variables", p.variables());
                    m.put("assertions", p.assertions());
                    g.writeObject(m);
                    shown++;
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }
}
