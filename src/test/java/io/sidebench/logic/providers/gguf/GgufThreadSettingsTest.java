package io.sidebench.logic.providers.gguf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The threads asked for reach llama.cpp in the child unchanged, for generation and for prompts alike. */
class GgufThreadSettingsTest {
    private static final GgufMetadata META = new GgufMetadata(3, "llama", "m", 1, 1, 4096, null, 0, Map.of());

    @Test
    void theChildIsStartedWithTheThreadsAskedFor() {
        List<String> command = GgufProcess.command(Path.of("/m/x.gguf"),
                GgufProcess.Options.defaults().withThreads(2), Path.of("/tmp/t"));

        assertThat(command.get(command.indexOf("--threads") + 1)).isEqualTo("2");
    }

    @Test
    void zeroThreadsMeansAllProcessors() {
        List<String> command = GgufProcess.command(Path.of("/m/x.gguf"), GgufProcess.Options.defaults(),
                Path.of("/tmp/t"));

        assertThat(command.get(command.indexOf("--threads") + 1))
                .isEqualTo(Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void llamaCppGetsTheSameThreadsForGenerationAndPromptsAndNoLoadingThreadWarmUp() {
        List<String> args = Arrays.asList(LlamaCppGenerator.parameters(Path.of("/m/x.gguf"), META,
                new LlamaCppGenerator.Settings(0, 2, 1, false)).toArray());

        assertThat(args.get(args.indexOf("--threads") + 1)).isEqualTo("2");
        assertThat(args.get(args.indexOf("--threads-batch") + 1)).isEqualTo("2");
        // the warm-up runs through the server thread instead (see LlamaCppGenerator.warmUp)
        assertThat(args).contains("--no-warmup");
    }

    @Test
    void oneThreadStaysOne() {
        List<String> args = Arrays.asList(LlamaCppGenerator.parameters(Path.of("/m/x.gguf"), META,
                new LlamaCppGenerator.Settings(512, 1, 1, false)).toArray());

        assertThat(args.get(args.indexOf("--threads") + 1)).isEqualTo("1");
        assertThat(args.get(args.indexOf("--threads-batch") + 1)).isEqualTo("1");
        assertThat(args.get(args.indexOf("--ctx-size") + 1)).isEqualTo("512");
    }
}
