package io.sidebench.logic.providers.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlamaBenchTest {
    @Test
    void runsTheGenerationTestOnTheSameFileAndThreads() {
        assertThat(LlamaBench.command(Path.of("/bin/llama-bench"), Path.of("/m/x.gguf"), 2, 128, 3))
                .containsExactly("/bin/llama-bench", "-m", "/m/x.gguf", "-t", "2", "-p", "0", "-n", "128", "-r", "3",
                        "-o", "json");
    }

    @Test
    void picksTheTgTestAndTakesTheMedianOfItsRepetitions() {
        String json = "[{\"build_commit\":\"abc123\",\"build_number\":7000,\"n_prompt\":512,\"n_gen\":0,"
                + "\"avg_ts\":900.0,\"samples_ts\":[900.0]},"
                + "{\"build_commit\":\"abc123\",\"build_number\":7000,\"n_prompt\":0,\"n_gen\":128,"
                + "\"avg_ts\":45.0,\"samples_ts\":[46.5,40.0,48.5]}]";

        LlamaBench.Result result = LlamaBench.parse(json, 128, List.of("llama-bench"));

        assertThat(result.medianTokensPerSecond()).isEqualTo(46.5);
        assertThat(result.samplesTokensPerSecond()).containsExactly(46.5, 40.0, 48.5);
        assertThat(result.build()).isEqualTo("abc123 (7000)");
    }

    @Test
    void noGenerationResultIsAClearError() {
        assertThatThrownBy(() -> LlamaBench.parse("[]", 128, List.of()))
                .isInstanceOf(GgufException.class).hasMessage("llama-bench printed no tg128 result");
        assertThatThrownBy(() -> LlamaBench.run(Path.of("/nonexistent/llama-bench"), Path.of("x.gguf"), 1, 8, 1))
                .isInstanceOf(GgufException.class)
                .hasMessage("/nonexistent/llama-bench: not an executable llama-bench");
    }
}
