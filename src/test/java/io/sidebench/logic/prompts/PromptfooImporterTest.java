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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptfooImporterTest {
    @TempDir
    Path dir;

    private final PromptfooImporter importer = new PromptfooImporter(new FormatDetector());

    @Test
    void promptsCrossTestsWithListVarsDefaultAssertsAndChatPrompts() throws Exception {
        List<Prompt> prompts = read(importer, good("promptfoo.yaml"));
        // 2 prompts x (1 test + 1 test with 2 languages)
        assertThat(prompts).extracting(Prompt::key).containsExactly(
                "p1/t1", "p1/t2#1", "p1/t2#2", "chat/t1", "chat/t2#1", "chat/t2#2");
        Prompt first = prompts.get(0);
        assertThat(first.firstUserText()).isEqualTo("Translate to French: Hello world");
        assertThat(first.finalReference()).isEqualTo("Bonjour le monde");
        assertThat(first.assertions()).containsExactly(new Assertion("similar", "Bonjour le monde", 0.8),
                new Assertion("equals", "Bonjour le monde", null));
        assertThat(first.category()).isEqualTo("p1");
        assertThat(prompts.get(1).firstUserText()).isEqualTo("Translate to German: Thank you");
        assertThat(prompts.get(2).firstUserText()).isEqualTo("Translate to Spanish: Thank you");
        assertThat(prompts.get(2).finalReference()).isEqualTo("-");
        Prompt chat = prompts.get(3);
        assertThat(chat.system()).isEqualTo("You translate.");
        assertThat(chat.turns()).containsExactly(new Turn("Hello world -> French", "Bonjour le monde"));
        assertThat(chat.category()).isEqualTo("chat");
    }

    @Test
    void jsonConfigAndEqualsPreferredOverContainsAsReference() throws Exception {
        List<Prompt> prompts = read(importer, good("promptfoo.json"));
        assertThat(prompts).hasSize(2);
        assertThat(prompts.get(0).finalReference()).isEqualTo("Rome");
        assertThat(prompts.get(1).finalReference()).isEqualTo("4");
        assertThat(prompts.get(1).assertions()).extracting(Assertion::type).containsExactly("equals", "javascript");
    }

    @Test
    void configWithoutTestsYieldsEachPromptOnce() throws Exception {
        Path f = Files.writeString(dir.resolve("p.yaml"), "prompts:\n  - Hello there\n  - General Kenobi\n");
        assertThat(read(importer, f)).extracting(Prompt::firstUserText).containsExactly("Hello there", "General Kenobi");
    }

    @Test
    void autoDetectedFromYamlAndJson() throws Exception {
        PromptImporters all = ImportTestSupport.importers();
        assertThat(all.detector().detect(good("promptfoo.yaml"), ImportOptions.defaults()).format())
                .isEqualTo(ImportFormat.PROMPTFOO);
        assertThat(all.detector().detect(good("promptfoo.json"), ImportOptions.defaults()).format())
                .isEqualTo(ImportFormat.PROMPTFOO);
        assertThat(read(new YamlImporter(), good("promptfoo.yaml"))).hasSize(6);
    }

    @Test
    void tooManyCombinationsAreRefused() throws Exception {
        StringBuilder y = new StringBuilder("prompts: ['{{a}}{{b}}{{c}}']\ntests:\n  - vars:\n");
        for (String v : List.of("a", "b", "c")) {
            y.append("      ").append(v).append(": [");
            for (int i = 0; i < 30; i++) {
                y.append(i == 0 ? "" : ",").append(i);
            }
            y.append("]\n");
        }
        Path f = Files.writeString(dir.resolve("many.yaml"), y.toString());
        assertThatThrownBy(() -> read(importer, f)).isInstanceOf(ImportException.class)
                .hasMessageContaining("more than 10000 combinations");
    }

    @Test
    void aListIsNotAConfig() throws Exception {
        Path f = Files.writeString(dir.resolve("l.yaml"), "- prompt: a\n");
        assertThatThrownBy(() -> read(importer, f)).isInstanceOf(ImportException.class)
                .hasMessage(f + ":1:1: a promptfoo config is an object with prompts and tests, found a list");
    }
}
