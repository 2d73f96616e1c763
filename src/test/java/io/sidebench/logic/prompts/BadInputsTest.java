package io.sidebench.logic.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.sidebench.logic.store.ProjectStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed prompt files under bad-inputs/prompts: each must fail with
 * {@code file:line[:column]: reason} at the expected place, and leave the project (and itself) byte-identical.
 */
class BadInputsTest {
    private static final Path CORPUS = ImportTestSupport.resource("bad-inputs/prompts");

    @TempDir
    Path dir;

    static Stream<Arguments> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(c -> Arguments.of(c[0], c[1], c[2], c.length > 3 ? c[3] : ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void failsAtTheRightPlaceAndWritesNothing(String name, String location, String fragment, String option) throws Exception {
        Path file = CORPUS.resolve(name);
        byte[] input = Files.readAllBytes(file);
        Path project = dir.resolve("p.sidebench");
        ProjectStore.create(project, "bad inputs").close();
        byte[] before = Files.readAllBytes(project);
        try (ProjectStore store = ProjectStore.open(project)) {
            new PromptImportService(PromptImporters.standard()).importFile(store, file, null, options(option));
            fail(name + " was imported");
        } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith(file + ":" + location + ": ").contains(fragment)
                    .doesNotContain("\n").doesNotContain("\r").doesNotContain("Exception").doesNotContain("com.fasterxml");
            try (ProjectStore store = ProjectStore.open(project)) {
                assertThat(store.promptSets().list()).isEmpty();
            }
        }
        assertThat(Files.readAllBytes(project)).as("project file unchanged").isEqualTo(before);
        assertThat(Files.readAllBytes(file)).as("input file unchanged").isEqualTo(input);
    }

    @Test
    void everyFileOfTheCorpusIsListedAndTheCorpusCoversEveryFormat() throws IOException {
        Set<String> listed = corpus().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        List<String> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv")).sorted().toList();
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        for (String prefix : List.of("csv-", "tsv-", "jsonl-", "json-", "yaml-", "xlsx-", "promptfoo-", "evals-", "mtbench-")) {
            assertThat(files).as(prefix).anyMatch(f -> f.startsWith(prefix));
        }
    }

    private static ImportOptions options(String option) {
        ImportOptions o = ImportOptions.defaults();
        if (option.startsWith("format=")) {
            return o.withFormat(ImportFormat.fromName(option.substring("format=".length())));
        }
        if (option.startsWith("map=")) {
            return o.withColumns(ColumnMap.parse(option.substring("map=".length())));
        }
        return o;
    }
}
