package io.sidebench.logic.providers.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.testsupport.TinyGguf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufHeaderReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheTinyModelsMetadata() throws Exception {
        GgufMetadata meta = GgufHeaderReader.read(TinyGguf.write(dir.resolve("tiny.gguf")));

        assertThat(meta.version()).isEqualTo(3);
        assertThat(meta.architecture()).isEqualTo("llama");
        assertThat(meta.name()).isEqualTo(TinyGguf.NAME);
        assertThat(meta.contextLength()).isEqualTo(512);
        assertThat(meta.quantisation()).isEqualTo("F32");
        assertThat(meta.chatTemplate()).isNull();
        assertThat(meta.tensorCount()).isEqualTo(3 + 9 * 2);
        // embeddings + output (vocab x 64 each) + 2 layers x (4 x 64x64 + 3 x 64x128 + 2 x 64) + 64
        long vocab = (Long) meta.values().get("llama.vocab_size");
        assertThat(meta.parameterCount()).isEqualTo(2 * vocab * 64 + 2 * (4 * 64 * 64 + 3 * 64 * 128 + 128) + 64);
        assertThat(meta.parameterLabel()).endsWith("K");
        assertThat(meta.isSidebenchTestModel()).isTrue();
        assertThat(meta.values()).doesNotContainKey("tokenizer.ggml.tokens"); // arrays are skipped
    }

    @Test
    void recognisesQuantisationAndTemplates() throws Exception {
        Path file = dir.resolve("q.gguf");
        new GgufFileWriter().putString("general.architecture", "qwen2").putString("general.name", "Qwen2 0.5B")
                .putUint32("general.file_type", 15).putUint32("qwen2.context_length", 32768)
                .putStringArray("tokenizer.ggml.tokens", List.of("a", "b"))
                .putString("tokenizer.chat_template", "{{ messages }}").write(file);

        GgufMetadata meta = GgufHeaderReader.read(file);

        assertThat(meta.quantisation()).isEqualTo("Q4_K_M");
        assertThat(meta.contextLength()).isEqualTo(32768);
        assertThat(meta.chatTemplate()).isEqualTo("{{ messages }}");
        assertThat(meta.isSidebenchTestModel()).isFalse();
    }

    @Test
    void namesTheProblemOfABrokenFile() throws Exception {
        Path missing = dir.resolve("missing.gguf");
        assertThatThrownBy(() -> GgufHeaderReader.read(missing)).isInstanceOf(GgufException.class)
                .hasMessage(missing + ": file not found");

        Path text = Files.writeString(dir.resolve("x.gguf"), "{\"schemaVersion\":2}");
        assertThat(GgufHeaderReader.hasGgufMagic(text)).isFalse();
        assertThatThrownBy(() -> GgufHeaderReader.read(text))
                .hasMessage(text + ": not a GGUF model file (it does not start with \"GGUF\")");

        byte[] whole = Files.readAllBytes(TinyGguf.write(dir.resolve("tiny.gguf")));
        Path cut = Files.write(dir.resolve("cut.gguf"), Arrays.copyOf(whole, 200));
        assertThat(GgufHeaderReader.hasGgufMagic(cut)).isTrue();
        assertThatThrownBy(() -> GgufHeaderReader.read(cut)).isInstanceOf(GgufException.class)
                .hasMessageStartingWith(cut + ":").hasMessageContaining("GGUF header");
    }
}
