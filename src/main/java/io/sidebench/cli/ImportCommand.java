package io.sidebench.cli;

import io.sidebench.logic.prompts.ColumnMap;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.ImportOptions;
import io.sidebench.logic.prompts.PromptImportService;
import io.sidebench.logic.prompts.PromptImporters;
import io.sidebench.logic.prompts.VariablesTable;
import io.sidebench.logic.prompts.VariablesTableReader;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.model.PromptSet;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a prompt file into a project as a new prompt set (all of it, or nothing on error).",
            "Formats: CSV, TSV, JSON lines, JSON, YAML, XLSX, promptfoo configs, OpenAI Evals samples, MT-Bench "
                + "style multi-turn records; detected from the file unless --format is given."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.sidebench) or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Parameters(index = "1", paramLabel = "FILE", description = "the prompt file")
    Path file;

    @Option(names = "--name", paramLabel = "NAME", description = "name of the new prompt set (default: the file name)")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, tsv, jsonl, json, yaml, xlsx, promptfoo, openai-evals or mt-bench (default: detect)")
    String format;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN,...",
            description = "which columns/fields hold the parts of a prompt, e.g. prompt=Question,reference=Answer,system=,"
                    + "category=Topic,id=No (an empty value ignores that part)")
    String map;

    @Option(names = "--vars", paramLabel = "FILE",
            description = "a variables table (CSV/TSV/JSON/YAML): prompts with {{variables}} are expanded once per row")
    Path vars;

    @Override
    public Integer call() {
        ImportOptions options = ImportOptions.defaults();
        try {
            if (format != null) {
                options = options.withFormat(ImportFormat.fromName(format));
            }
            if (map != null) {
                options = options.withColumns(ColumnMap.parse(map));
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        PromptImporters importers = PromptImporters.standard();
        long start = System.nanoTime();
        try (ProjectStore store = ProjectStores.open(project)) {
            if (vars != null) {
                VariablesTable table = new VariablesTableReader(importers.detector()).read(vars);
                options = options.withVariables(table);
            }
            PromptSet set = new PromptImportService(importers).importFile(store, file, name, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().printf("Imported %d prompts into set '%s' (%s) in %.1f s%n",
                    set.promptCount(), set.name(), set.format(), seconds);
        } catch (ImportException e) {
            throw new CliException(e.getMessage(), e);
        }
        return 0;
    }
}
