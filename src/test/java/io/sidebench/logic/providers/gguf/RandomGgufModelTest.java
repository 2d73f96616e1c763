package io.sidebench.logic.providers.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.providers.gguf.GgufFileWriter.TensorType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random-weights models in real shapes: written as GGUF that the bundled llama.cpp loads and runs. */
class RandomGgufModelTest {
    /** Qwen2 layout (q/k/v biases, grouped KV heads, tied embeddings) at a test size. */
    static final RandomGgufModel.Shape SMALL_QWEN2 = new RandomGgufModel.Shape("small-qwen2", "qwen2", 2, 64, 4, 2,
            96, 700, 512, 1_000_000f, 1e-6f, true);
    static final RandomGgufModel.Shape SMALL_LLAMA = new RandomGgufModel.Shape("small-llama", "llama", 3, 96, 6, 2,
            160, 600, 512, 100_000f, 1e-5f, false);

    @TempDir
    Path dir;

    @Test
    void realShapesMatchTheModelsPublishedSizes() {
        // SmolLM2-135M has 134.5 M parameters and Qwen2.5-0.5B 494 M (tied embeddings, as published)
        assertThat(RandomGgufModel.SMOLLM2_135M.parameters()).isBetween(134_000_000L, 135_000_000L);
        assertThat(RandomGgufModel.QWEN25_05B.parameters()).isBetween(493_000_000L, 495_000_000L);
        assertThat(RandomGgufModel.shape("Qwen2.5-0.5B")).isSameAs(RandomGgufModel.QWEN25_05B);
        assertThatThrownBy(() -> RandomGgufModel.shape("llama-70b"))
                .hasMessage("unknown model shape \"llama-70b\" (known: smollm2-135m, qwen2.5-0.5b)");
    }

    @Test
    void vocabularyHasExactlyTheSizeAndNoDuplicates() {
        List<String> tokens = RandomGgufModel.vocabulary(49_152);

        assertThat(tokens).hasSize(49_152);
        assertThat(new HashSet<>(tokens)).hasSize(49_152);
        assertThat(tokens.subList(0, 4)).containsExactly("<unk>", "<s>", "</s>", "<0x00>");
    }

    @Test
    void headerDescribesTheShapeInF16() throws Exception {
        Path file = RandomGgufModel.write(dir.resolve("q.gguf"), SMALL_QWEN2, TensorType.F16, 1);

        GgufMetadata meta = GgufHeaderReader.read(file);
        assertThat(meta.architecture()).isEqualTo("qwen2");
        assertThat(meta.quantisation()).isEqualTo("F16");
        assertThat(meta.tensorCount()).isEqualTo(2 + 2 * 12);
        assertThat(meta.parameterCount()).isEqualTo(SMALL_QWEN2.parameters());
        assertThat(meta.values()).containsEntry("qwen2.attention.head_count_kv", 2L);
        assertThat(meta.chatTemplate()).contains("<|im_start|>");
    }

    @Test
    void bundledLlamaCppLoadsBothLayoutsAndAnswersToMaxTokens() throws Exception {
        for (RandomGgufModel.Shape shape : List.of(SMALL_QWEN2, SMALL_LLAMA)) {
            Path file = RandomGgufModel.write(dir.resolve(shape.id() + ".gguf"), shape, TensorType.F16, 7);
            GgufProcess.Options options = GgufProcess.Options.defaults().withThreads(1)
                    .withStartTimeout(Duration.ofMinutes(2));

            GgufBenchmark.Report report = GgufBenchmark.run(file, options, 1, 24, "Write a short story.");

            assertThat(report.model()).isEqualTo("sidebench-random-" + shape.id());
            assertThat(report.samples()).singleElement()
                    .satisfies(s -> assertThat(s.tokens()).as(shape.id()).isEqualTo(24));
        }
    }

    @Test
    void halfPrecisionRoundsToNearest() {
        assertThat(GgufFileWriter.toHalf(1f)).isEqualTo((short) 0x3c00);
        assertThat(GgufFileWriter.toHalf(-2f)).isEqualTo((short) 0xc000);
        assertThat(GgufFileWriter.toHalf(0.1f)).isEqualTo((short) 0x2e66);
        assertThat(GgufFileWriter.toHalf(65504f)).isEqualTo((short) 0x7bff);
        assertThat(GgufFileWriter.toHalf(70000f)).isEqualTo((short) 0x7c00);
        assertThat(GgufFileWriter.toHalf(5.9604645e-8f)).isEqualTo((short) 0x0001); // smallest subnormal
        assertThat(GgufFileWriter.toHalf(1e-9f)).isEqualTo((short) 0);
        assertThat(GgufFileWriter.toHalf(-0f)).isEqualTo((short) 0x8000);
    }
}
