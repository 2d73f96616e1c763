package io.sidebench.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.GridRepository.CellLine;
import io.sidebench.logic.store.GridRepository.PromptLine;
import io.sidebench.logic.store.GridRepository.ScoreFloor;
import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Chunk;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.model.Score;
import io.sidebench.model.Turn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import io.sidebench.testsupport.StoreKind;

/** The grid's narrow reads: the row index, cells cut to a preview, score floors and tags per prompt. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class GridRepositoryTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private ProjectStore store;
    private PromptSet set;
    private List<Prompt> prompts;
    private Run run;
    private ModelConfig a;
    private ModelConfig b;

    @BeforeEach
    void seed() throws Exception {
        store = kind.create(dir, "t");
        set = store.promptSets().importSet("s", "f.jsonl", "jsonl", sink -> {
            sink.add(new Prompt(0, "k1", 0, "sys", List.of(new Turn("first\nline", "ref"), Turn.of("later")), null,
                    Map.of(), List.of()));
            sink.add(new Prompt(0, "k2", 1, null, List.of(new Turn("second " + "x".repeat(500), null)), "billing",
                    Map.of(), List.of()));
            sink.add(Prompt.single("k3", "你好 👋", null));
        });
        prompts = store.promptSets().prompts(set.id());
        a = model("a");
        b = model("b");
        run = store.runs().create(new Run(0, "r", set.id(), List.of(a.id(), b.id()), 2, 1, RunStatus.FINISHED,
                Instant.now(), null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ModelConfig model(String name) {
        return store.models().add(new ModelConfig(0, name, ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:1/v1",
                name, null, null, null, null));
    }

    private Completion save(Prompt p, ModelConfig m, int repeat, String text, String error) {
        CellKey cell = new CellKey(run.id(), p.id(), m.id(), repeat);
        CompletionStatus status = error == null ? CompletionStatus.OK : CompletionStatus.ERROR;
        Metrics metrics = new Metrics(100.0, 100.0, 900.0, 5, 20, false, 10.0, 10.0, 20.0, 22.2, 50.0, null);
        return store.completions().save(new Completion(0, cell, status, text, text == null ? List.of() : List.of(text),
                null, error, metrics, List.of(new Chunk(100, "x", false)), false, 1, null));
    }

    @Test
    void promptLinesAreInOrdinalOrderWithOnlyTheStartOfTheFirstTurn() {
        List<PromptLine> lines = store.grid().promptLines(set.id(), 12);
        assertThat(lines).extracting(PromptLine::key).containsExactly("k1", "k2", "k3");
        assertThat(lines.get(0).firstUserStart()).isEqualTo("first\nline");
        assertThat(lines.get(0).category()).isNull();
        assertThat(lines.get(1).firstUserStart()).isEqualTo("second xxxxx");
        assertThat(lines.get(1).category()).isEqualTo("billing");
        assertThat(lines.get(2).firstUserStart()).isEqualTo("你好 👋");
        assertThat(lines.get(2).promptId()).isEqualTo(prompts.get(2).id());
    }

    @Test
    void cellLinesCutTheAnswerKeepTheErrorAndTellWhetherAnyoneAnnotated() {
        Prompt p = prompts.get(0);
        Completion ok = save(p, a, 0, "a long answer that goes on", null);
        save(p, b, 0, null, "HTTP 429: slow down");
        save(p, a, 1, "another repeat", null);
        save(prompts.get(1), a, 0, "not asked for", null);
        store.annotations().save(new Annotation(ok.id(), "ann", Map.of(), List.of(), null, null));

        List<CellLine> lines = store.grid().cellLines(run.id(), 0, List.of(p.id()), 6);
        assertThat(lines).hasSize(2);
        CellLine first = lines.stream().filter(l -> l.modelId() == a.id()).findFirst().orElseThrow();
        assertThat(first.textStart()).isEqualTo("a long");
        assertThat(first.annotated()).isTrue();
        assertThat(first.e2eMs()).isEqualTo(900.0);
        assertThat(first.tokensPerSecond()).isEqualTo(22.2);
        CellLine failed = lines.stream().filter(l -> l.modelId() == b.id()).findFirst().orElseThrow();
        assertThat(failed.status()).isEqualTo(CompletionStatus.ERROR);
        assertThat(failed.error()).isEqualTo("HTTP 429: slow down");
        assertThat(failed.textStart()).isNull();
        assertThat(failed.annotated()).isFalse();
        assertThat(store.grid().cellLines(run.id(), 1, List.of(p.id()), 100)).extracting(CellLine::textStart)
                .containsExactly("another repeat");
        assertThat(store.grid().cellLines(run.id(), 0, List.of(), 100)).isEmpty();
    }

    @Test
    void scoreFloorsAreTheLowestScorePerPromptAndScorer() {
        Completion a0 = save(prompts.get(0), a, 0, "x", null);
        Completion b0 = save(prompts.get(0), b, 0, "y", null);
        Completion a1 = save(prompts.get(1), a, 0, "z", null);
        store.scores().saveAll(List.of(new Score(a0.id(), "rougeL", 0.7, null, "h"),
                new Score(b0.id(), "rougeL", 0.2, null, "h"), new Score(b0.id(), "length", 12.0, null, "h"),
                new Score(a1.id(), "rougeL", null, "not applicable", "h")));

        List<ScoreFloor> floors = store.grid().scoreFloors(run.id());
        assertThat(floors).containsExactlyInAnyOrder(new ScoreFloor(prompts.get(0).id(), "rougeL", 0.2),
                new ScoreFloor(prompts.get(0).id(), "length", 12.0));
    }

    @Test
    void tagLinesListOnlyAnnotationsWithTags() {
        Completion a0 = save(prompts.get(0), a, 0, "x", null);
        Completion b2 = save(prompts.get(2), b, 0, "y", null);
        store.annotations().save(new Annotation(a0.id(), "ann", Map.of("accuracy", 2.0), List.of(), null, null));
        store.annotations().save(new Annotation(b2.id(), "ann", Map.of(), List.of("rude", "wrong"), null, null));

        assertThat(store.grid().tagLines(run.id())).containsExactly(
                new GridRepository.TagLine(prompts.get(2).id(), b2.id(), List.of("rude", "wrong")));
    }
}
