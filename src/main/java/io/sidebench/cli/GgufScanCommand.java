package io.sidebench.cli;

import io.sidebench.logic.providers.gguf.GgufDiscovery;
import io.sidebench.logic.providers.gguf.GgufModelFile;
import io.sidebench.logic.util.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the GGUF models on this machine (Ollama, LM Studio, Hugging Face caches and given folders). */
@Command(name = "gguf-scan", mixinStandardHelpOptions = true,
        description = "List local GGUF models found in the Ollama, LM Studio and Hugging Face folders.")
final class GgufScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--folder", paramLabel = "DIR", description = "also search this folder (repeatable)")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        List<GgufModelFile> found = new GgufDiscovery().discover(folders);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (GgufModelFile f : found) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", f.displayName());
                row.put("source", f.source());
                row.put("path", f.path().toString());
                row.put("sizeBytes", f.sizeBytes());
                row.put("architecture", f.metadata().architecture());
                row.put("parameters", f.metadata().parameterCount());
                row.put("quantisation", f.metadata().quantisation());
                row.put("contextLength", f.metadata().contextLength());
                rows.add(row);
            }
            out.println(Json.pretty(rows));
            return 0;
        }
        if (found.isEmpty()) {
            out.println("no GGUF models found");
            return 0;
        }
        for (GgufModelFile f : found) {
            out.printf(Locale.ROOT, "%-40s %-12s %-8s %6s %-8s %s%n", f.displayName(), f.source(),
                    f.metadata().architecture(), f.metadata().parameterLabel(),
                    f.metadata().quantisation() == null ? "" : f.metadata().quantisation(), f.path());
        }
        return 0;
    }
}
