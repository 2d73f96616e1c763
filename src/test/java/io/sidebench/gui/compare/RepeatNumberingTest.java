package io.sidebench.gui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.export.JsonlExporter;
import io.sidebench.logic.export.ReportBuilder;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.testsupport.TestProjects;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GUI names a repeat with the number the exports write in their repeat column. */
class RepeatNumberingTest {
    @TempDir
    Path dir;

    @Test
    void theRepeatChoiceUsesTheExportsNumbers() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("rep.sidebench"), "repeats")) {
            PromptSet set = TestProjects.promptSet(store, "qa", 1);
            Prompt prompt = store.promptSets().prompts(set.id()).get(0);
            ModelConfig model = TestProjects.openAi(store, "m", "http://127.0.0.1:1/v1", "m");
            Run run = store.runs().create(new Run(0, "r", set.id(), List.of(model.id()), 2, 7, RunStatus.FINISHED,
                    Instant.now(), Instant.now()));
            for (int repeat = 0; repeat < 2; repeat++) {
                store.completions().save(new Completion(0, new CellKey(run.id(), prompt.id(), model.id(), repeat),
                        CompletionStatus.OK, "answer " + repeat, List.of(), null, null, Metrics.NONE, List.of(), false,
                        1, Instant.now()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JsonlExporter().write(new ReportBuilder(store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                    .build(store.runs().get(run.id()).orElseThrow()), out);
            Messages en = new Messages(Locale.ENGLISH);
            ObjectMapper json = new ObjectMapper();
            List<String> lines = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(2);
            for (String line : lines) {
                JsonNode row = json.readTree(line);
                int exported = row.get("repeat").asInt();
                String answer = row.get("output").asText();
                assertThat(answer).isEqualTo("answer " + exported);
                assertThat(CompareToolbar.repeatLabel(en, exported)).isEqualTo("Repeat " + exported);
            }
        }
    }
}
