package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.TinyGguf;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GGUF path end to end through the real command line: a test-made random-weights model is added
 * as a model, a prompt set is run on it (llama.cpp in a child JVM, reached over the OpenAI-compatible
 * client), and the answers land in the project with their speed figures.
 */
class GgufEndToEndTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int cli(String... args) {
        return SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void runsAPromptSetOnALocalGgufModel() throws Exception {
        Path model = TinyGguf.write(dir.resolve("tiny.gguf"));
        Path project = dir.resolve("local.sidebench");
        Path prompts = Files.writeString(dir.resolve("qa.jsonl"),
                "{\"id\":\"q1\",\"prompt\":\"Say hello\"}\n{\"id\":\"q2\",\"prompt\":\"Name a colour\"}\n");

        assertThat(cli("new", project.toString())).as(err.toString()).isZero();
        assertThat(cli("import", project.toString(), prompts.toString(), "--name", "qa")).as(err.toString()).isZero();
        assertThat(cli("models", project.toString(), "add", "--name", "tiny", "--provider", "gguf",
                "--path", model.toString(), "--param", "max_tokens=12", "--param", "temperature=0"))
                .as(err.toString()).isZero();
        assertThat(cli("run", project.toString(), "--set", "qa", "--models", "tiny", "--concurrency", "1",
                "--timeout", "120")).as(err + "\n" + out).isZero();

        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(store.models().find("tiny").orElseThrow().provider()).isEqualTo(ProviderKind.GGUF);
            List<Completion> done = store.completions().forRun(1, true);
            assertThat(done).hasSize(2).allSatisfy(c -> {
                assertThat(c.isOk()).as(c.error()).isTrue();
                assertThat(c.text()).isNotBlank();
                assertThat(c.metrics().outputTokens()).isEqualTo(12);
                assertThat(c.metrics().tokensEstimated()).isFalse();
                assertThat(c.metrics().ttftMs()).isPositive();
                assertThat(c.chunks()).isNotEmpty();
            });
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }
}
