package io.sidebench.logic.providers.gguf;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.testsupport.TinyGguf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufDiscoveryTest {
    @TempDir
    Path home;

    private static Path header(Path file, String name, int fileType) throws IOException {
        Files.createDirectories(file.getParent());
        new GgufFileWriter().putString("general.architecture", "llama").putString("general.name", name)
                .putUint32("general.file_type", fileType).write(file);
        return file;
    }

    @Test
    void findsModelsInTheUsualFoldersAndNeverOffersTestModels() throws Exception {
        header(home.resolve(".lmstudio/models/acme/Friendly-7B-GGUF/friendly-7b.Q4_K_M.gguf"), "Friendly 7B", 15);
        header(home.resolve(".cache/lm-studio/models/old/old.gguf"), "Old One", 7);
        header(home.resolve(".cache/huggingface/hub/models--acme--small/snapshots/abc/small-f16.gguf"), "Small", 1);
        Path blobs = Files.createDirectories(home.resolve(".ollama/models/blobs"));
        header(blobs.resolve("sha256-1111"), "whatever", 15);
        Files.writeString(blobs.resolve("sha256-2222"), "{\"license\": \"not a model\"}");
        Path manifest = home.resolve(".ollama/models/manifests/registry.ollama.ai/library/llama3.2/3b");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, "{\"layers\":[{\"mediaType\":\"application/vnd.ollama.image.model\","
                + "\"digest\":\"sha256:1111\"}]}");
        Path userFolder = Files.createDirectories(home.resolve("my-models"));
        header(userFolder.resolve("mine.gguf"), "", 2);
        header(userFolder.resolve("big-00002-of-00003.gguf"), "Big part 2", 2);
        Files.writeString(userFolder.resolve("readme.txt"), "not a model");
        // the tests' own random-weights models, wherever they are, are never offered
        TinyGguf.write(Files.createDirectories(home.resolve(".lmstudio/models/test")).resolve("tiny.gguf"));
        TinyGguf.write(userFolder.resolve("renamed.gguf"), "Sidebench-Test copy", 1, null);
        Files.copy(userFolder.resolve("renamed.gguf"), blobs.resolve("sha256-3333"));

        List<GgufModelFile> found = new GgufDiscovery(home, Map.of()).discover(List.of(userFolder));

        assertThat(found).extracting(GgufModelFile::displayName, GgufModelFile::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Friendly 7B", "LM Studio"),
                        org.assertj.core.groups.Tuple.tuple("llama3.2:3b", "Ollama"),
                        org.assertj.core.groups.Tuple.tuple("mine.gguf", "Folder"),
                        org.assertj.core.groups.Tuple.tuple("Old One", "LM Studio"),
                        org.assertj.core.groups.Tuple.tuple("Small", "Hugging Face"));
        GgufModelFile friendly = found.get(0);
        assertThat(friendly.metadata().quantisation()).isEqualTo("Q4_K_M");
        assertThat(friendly.metadata().architecture()).isEqualTo("llama");
        assertThat(friendly.sizeBytes()).isPositive();
    }

    @Test
    void honoursOllamaAndHuggingFaceLocationsFromTheEnvironment() throws Exception {
        Path ollama = home.resolve("elsewhere/ollama");
        header(ollama.resolve("blobs/sha256-9999"), "Moved", 15);
        Path hf = home.resolve("elsewhere/hf");
        header(hf.resolve("hub/models--x--y/snapshots/1/y.gguf"), "From HF_HOME", 15);

        List<GgufModelFile> found = new GgufDiscovery(home, Map.of("OLLAMA_MODELS", ollama.toString(),
                "HF_HOME", hf.toString())).discover(List.of());

        assertThat(found).extracting(GgufModelFile::displayName).containsExactly("From HF_HOME", "Moved");
    }

    @Test
    void emptyHomeFindsNothing() {
        assertThat(new GgufDiscovery(home, Map.of()).discover(List.of(home.resolve("absent")))).isEmpty();
    }
}
