package io.sidebench.logic.prompts;

import static io.sidebench.logic.prompts.ImportTestSupport.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromptImportServiceTest {
    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @TempDir
    Path dir;

    private final PromptImportService service = new PromptImportService(PromptImporters.standard());

    private Path newProject() {
        Path p = dir.resolve("p" + System.nanoTime() + ".sidebench");
        ProjectStore.create(p, "test").close();
        return p;
    }

    @ParameterizedTest
    @CsvSource({
        "basic.csv, 3, csv",
        "basic.tsv, 2, tsv",
        "basic.jsonl, 5, jsonl",
        "evals.jsonl, 3, openai-evals",
        "mtbench.jsonl, 2, mt-bench",
        "array.json, 3, json",
        "list.yaml, 3, yaml",
        "promptfoo.yaml, 6, promptfoo",
        "basic.xlsx, 3, xlsx",
    })
    void importsEveryFormatAndRecordsIt(String file, int count, String format) throws Exception {
        try (ProjectStore store = ProjectStore.open(newProject())) {
            PromptSet set = service.importFile(store, good(file), null, ImportOptions.defaults());
            assertThat(set.name()).isEqualTo(file.substring(0, file.lastIndexOf('.')));
            assertThat(set.promptCount()).isEqualTo(count);
            assertThat(set.format()).isEqualTo(format);
            assertThat(set.source()).isEqualTo(file);
            assertThat(store.promptSets().prompts(set.id())).extracting(Prompt::ordinal)
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, count).boxed().toList());
        }
    }

    @Test
    void storedPromptsKeepTextTurnsAndReferencesExactly() throws Exception {
        try (ProjectStore store = ProjectStore.open(newProject())) {
            List<Prompt> direct = ImportTestSupport.read(new JsonlImporter(), good("basic.jsonl"));
            PromptSet set = service.importFile(store, good("basic.jsonl"), "b", ImportOptions.defaults());
            List<Prompt> stored = store.promptSets().prompts(set.id());
            for (int i = 0; i < direct.size(); i++) {
                Prompt d = direct.get(i);
                Prompt s = stored.get(i);
                assertThat(s.turns()).isEqualTo(d.turns());
                assertThat(s.system()).isEqualTo(d.system());
                assertThat(s.assertions()).isEqualTo(d.assertions());
                assertThat(s.variables()).isEqualTo(d.variables());
            }
        }
    }

    @Test
    void anErrorAfterThousandsOfGoodRowsWritesNothingAndLeavesTheFileByteIdentical() throws Exception {
        Path prompts = dir.resolve("late-error.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(prompts)) {
            for (int i = 0; i < 5000; i++) {
                w.write("{\"prompt\": \"question " + i + "\"}\n");
            }
            w.write("{\"prompt\": 5001}\n");
        }
        Path project = newProject();
        byte[] before = Files.readAllBytes(project);
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThatThrownBy(() -> service.importFile(store, prompts, "late", ImportOptions.defaults()))
                    .isInstanceOf(ImportException.class).hasMessage(prompts + ":5001:12: prompt (text or a list of texts) must be text, found a number");
            assertThat(store.promptSets().list()).isEmpty();
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void aSecondSetOfTheSameNameIsRefused() throws Exception {
        try (ProjectStore store = ProjectStore.open(newProject())) {
            service.importFile(store, good("basic.csv"), "mine", ImportOptions.defaults());
            assertThatThrownBy(() -> service.importFile(store, good("basic.tsv"), "mine", ImportOptions.defaults()))
                    .isInstanceOf(ImportException.class).hasMessageContaining("already has a prompt set named 'mine'");
            assertThat(store.promptSets().list()).hasSize(1);
        }
    }

    @Test
    void missingFileAndFolder() throws Exception {
        try (ProjectStore store = ProjectStore.open(newProject())) {
            Path missing = dir.resolve("nope.csv");
            assertThatThrownBy(() -> service.importFile(store, missing, null, ImportOptions.defaults()))
                    .hasMessage(missing + ": no such file");
            assertThatThrownBy(() -> service.importFile(store, dir, "x", ImportOptions.defaults()))
                    .hasMessage(dir + ": is a folder, not a prompt file");
        }
    }

    @Test
    void explicitFormatOverridesDetection() throws Exception {
        Path f = Files.writeString(dir.resolve("prompts.txt"), "{\"turns\": [\"a\", \"b\"]}\n");
        try (ProjectStore store = ProjectStore.open(newProject())) {
            PromptSet set = service.importFile(store, f, null, ImportOptions.defaults().withFormat(ImportFormat.MT_BENCH));
            assertThat(set.format()).isEqualTo("mt-bench");
            assertThat(store.promptSets().prompts(set.id()).get(0).isMultiTurn()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "long.csv   | prompt\\n                 | :2: line is longer than 4 Mi characters",
        "long.tsv   | prompt\\treference\\n     | :2: line is longer than 4 Mi characters",
        "long.jsonl | {\"prompt\": \"ok\"}\\n{\"prompt\": \"  | :2: line is longer than 4 Mi characters",
        "long.yaml  | - prompt: ok\\n- prompt: '          | :2: line is longer than 1 Mi characters",
        "long.json  | [{\"prompt\": \"ok\"}, {\"prompt\": \"     | :1:",
    })
    void aFiftyMegabyteLineFailsCleanly(String name, String head, String expected) throws Exception {
        Path f = dir.resolve(name.strip());
        writeHuge(f, head.strip().replace("\\n", "\n").replace("\\t", "\t"));
        Path project = newProject();
        byte[] before = Files.readAllBytes(project);
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThatThrownBy(() -> service.importFile(store, f, null, ImportOptions.defaults()))
                    .isInstanceOf(ImportException.class)
                    .satisfies(e -> assertThat(e.getMessage()).startsWith(f + expected.strip()))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(store.promptSets().list()).isEmpty();
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void aFiftyMegabyteJsonStringIsRefusedAsTooLong() throws Exception {
        Path f = dir.resolve("blob.json");
        writeHuge(f, "[{\"prompt\": \"ok\"}, {\"prompt\": \"");
        try (ProjectStore store = ProjectStore.open(newProject())) {
            assertThatThrownBy(() -> service.importFile(store, f, null, ImportOptions.defaults()))
                    .hasMessageContaining("text value is too long");
        }
    }

    private static void writeHuge(Path f, String head) throws IOException {
        byte[] chunk = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(f)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (int written = 0; written < FIFTY_MB; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}]\n".getBytes(StandardCharsets.UTF_8));
        }
    }
}
