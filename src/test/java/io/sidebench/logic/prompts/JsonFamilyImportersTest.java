package io.sidebench.logic.prompts;

import static io.sidebench.logic.prompts.ImportTestSupport.good;
import static io.sidebench.logic.prompts.ImportTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.model.Assertion;
import io.sidebench.model.Prompt;
import io.sidebench.model.Turn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFamilyImportersTest {
    @TempDir
    Path dir;

    @Test
    void jsonlPlainRecordsWithAliasesMultiTurnChatVarsAndAsserts() throws Exception {
        List<Prompt> prompts = read(new JsonlImporter(), good("basic.jsonl"));
        assertThat(prompts).hasSize(5);
        assertThat(prompts.get(0).key()).isEqualTo("1");
        assertThat(prompts.get(0).finalReference()).isEqualTo("42");
        assertThat(prompts.get(0).category()).isEqualTo("math");
        assertThat(prompts.get(1).firstUserText()).isEqualTo("用一句话介绍你自己。");
        assertThat(prompts.get(1).finalReference()).isEqualTo("我是一个助手。");
        assertThat(prompts.get(1).system()).isEqualTo("回答要简短。");
        assertThat(prompts.get(2).turns()).containsExactly(Turn.of("Tell me a joke."),
                new Turn("Explain why it is funny.", "Because of the pun."));
        assertThat(prompts.get(3).system()).isEqualTo("Be kind");
        assertThat(prompts.get(3).firstUserText()).isEqualTo("Hi 👋");
        assertThat(prompts.get(4).firstUserText()).isEqualTo("Write about the sea.");
        assertThat(prompts.get(4).variables()).isEqualTo(Map.of("topic", "the sea"));
        assertThat(prompts.get(4).assertions()).containsExactly(new Assertion("icontains", "sea", null));
    }

    @Test
    void openAiEvalsSamples() throws Exception {
        List<Prompt> prompts = read(new OpenAiEvalsImporter(new FormatDetector()), good("evals.jsonl"));
        assertThat(prompts).hasSize(3);
        assertThat(prompts.get(0).system()).isEqualTo("Answer with a number.");
        assertThat(prompts.get(0).turns()).containsExactly(new Turn("How many legs does a spider have?", "8"));
        assertThat(prompts.get(1).turns()).containsExactly(new Turn("Say A", "A"), new Turn("Now say B", "B"));
        assertThat(prompts.get(1).assertions()).containsExactly(new Assertion("equals-any", "[\"B\",\"b\"]", null));
        assertThat(prompts.get(2).turns()).containsExactly(new Turn("What colour is the sky on a clear day?", "blue"));
    }

    @Test
    void evalsShapeIsAlsoRecognisedPerRecordInPlainJsonl() throws Exception {
        assertThat(read(new JsonlImporter(), good("evals.jsonl"))).hasSize(3)
                .allSatisfy(p -> assertThat(p.finalReference()).isNotNull());
    }

    @Test
    void mtBenchRecordsWithParallelReferences() throws Exception {
        List<Prompt> prompts = read(new MtBenchImporter(new FormatDetector()), good("mtbench.jsonl"));
        assertThat(prompts).hasSize(2);
        assertThat(prompts.get(0).key()).isEqualTo("81");
        assertThat(prompts.get(0).category()).isEqualTo("writing");
        assertThat(prompts.get(0).isMultiTurn()).isTrue();
        assertThat(prompts.get(0).turns()).allSatisfy(t -> assertThat(t.reference()).isNull());
        assertThat(prompts.get(1).turns()).extracting(Turn::reference).containsExactly("Area is 3", "5pi");
    }

    @Test
    void jsonArrayWithStringItemsAndCategoryLists() throws Exception {
        List<Prompt> prompts = read(new JsonArrayImporter(), good("array.json"));
        assertThat(prompts).hasSize(3);
        assertThat(prompts.get(0).category()).isEqualTo("basics, lists");
        assertThat(prompts.get(1).firstUserText()).startsWith("Summarise: 吾輩は猫である。");
        assertThat(prompts.get(1).finalReference()).isEqualTo("A nameless cat.");
        assertThat(prompts.get(2).firstUserText()).isEqualTo("Just a bare prompt string.");
        assertThat(prompts.get(2).key()).isNull();
    }

    @Test
    void jsonObjectHoldingAPromptsList() throws Exception {
        assertThat(read(new JsonArrayImporter(), good("wrapped.json"))).extracting(Prompt::finalReference)
                .containsExactly("1", "2");
    }

    @Test
    void yamlListWithBlockScalarsCjkAndTurns() throws Exception {
        List<Prompt> prompts = read(new YamlImporter(), good("list.yaml"));
        assertThat(prompts).hasSize(3);
        assertThat(prompts.get(0).firstUserText()).isEqualTo("Write a limerick\nabout a cat.\n");
        assertThat(prompts.get(1).firstUserText()).isEqualTo("東京の人口は？");
        assertThat(prompts.get(1).finalReference()).isEqualTo("約1400万人");
        assertThat(prompts.get(2).turns()).containsExactly(Turn.of("Hello!"), new Turn("What did I just say?", "Hello!"));
    }

    @Test
    void jsonWithBomAndMapForOddFieldNames() throws Exception {
        Path f = dir.resolve("odd.json");
        Files.write(f, ("\uFEFF[{\"Frage\": \"Wie spät ist es?\", \"Lösung\": \"Zeit\"}]").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Prompt> prompts = read(new JsonArrayImporter(), f, ImportOptions.defaults()
                .withColumns(ColumnMap.parse("prompt=Frage,reference=Lösung")));
        assertThat(prompts).containsExactly(new Prompt(0, null, 0, null, List.of(new Turn("Wie spät ist es?", "Zeit")),
                null, Map.of(), List.of()));
    }

    @Test
    void forcedShapeRefusesOtherRecords() throws Exception {
        assertThatThrownBy(() -> read(new OpenAiEvalsImporter(new FormatDetector()), good("mtbench.jsonl")))
                .isInstanceOf(ImportException.class).hasMessageContaining("mtbench.jsonl:1:1: an OpenAI Evals sample needs 'input'");
        assertThatThrownBy(() -> read(new MtBenchImporter(new FormatDetector()), good("evals.jsonl")))
                .isInstanceOf(ImportException.class).hasMessageContaining("needs 'turns'");
    }

    @Test
    void recordShapesReadFromYamlAndJsonContainersToo() throws Exception {
        Path f = Files.writeString(dir.resolve("evals.yaml"),
                "- input:\n    - {role: user, content: \"1+1?\"}\n  ideal: \"2\"\n");
        assertThat(read(new OpenAiEvalsImporter(new FormatDetector()), f)).singleElement()
                .satisfies(p -> assertThat(p.turns()).containsExactly(new Turn("1+1?", "2")));
        Path j = Files.writeString(dir.resolve("mt.json"), "[{\"turns\": [\"a\", \"b\"], \"reference\": [\"A\"]}]");
        assertThat(read(new MtBenchImporter(new FormatDetector()), j)).singleElement()
                .satisfies(p -> assertThat(p.turns()).containsExactly(new Turn("a", "A"), Turn.of("b")));
    }
}
