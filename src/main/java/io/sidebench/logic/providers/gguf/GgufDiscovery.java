package io.sidebench.logic.providers.gguf;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds GGUF models in the folders where the usual tools keep them: Ollama
 * ({@code ~/.ollama/models/blobs}, or {@code $OLLAMA_MODELS/blobs}; blobs have no extension, so the
 * GGUF magic decides, and the manifests give them their tag), LM Studio ({@code ~/.lmstudio/models},
 * {@code ~/.cache/lm-studio/models}), Hugging Face ({@code ~/.cache/huggingface/hub}, or
 * {@code $HF_HUB_CACHE}, {@code $HF_HOME/hub}) and any folders the user adds.
 *
 * <p>Never offered: Sidebench test models (random weights, see {@link GgufMetadata#isSidebenchTestModel()}),
 * vision projectors (architecture "clip") and the second and later parts of split models.
 */
public final class GgufDiscovery {
    private static final int MAX_DEPTH = 8;
    private static final Pattern LATER_SPLIT_PART = Pattern.compile(".*-000(0[2-9]|[1-9]\\d)-of-\\d{5}\\.gguf$");

    private final Path home;
    private final Map<String, String> env;

    /** Looks in the real user home, honouring OLLAMA_MODELS, HF_HUB_CACHE and HF_HOME. */
    public GgufDiscovery() {
        this(Path.of(System.getProperty("user.home")), System.getenv());
    }

    /** Tests pass a temporary "home" and their own environment. */
    public GgufDiscovery(Path home, Map<String, String> env) {
        this.home = home;
        this.env = Map.copyOf(env);
    }

    /** All usable models, in the standard folders plus {@code extraFolders}, sorted by name. */
    public List<GgufModelFile> discover(List<Path> extraFolders) {
        List<GgufModelFile> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        scanOllama(found, seen);
        for (Path dir : List.of(home.resolve(".lmstudio/models"), home.resolve(".cache/lm-studio/models"))) {
            scanFolder(dir, "LM Studio", found, seen);
        }
        scanFolder(huggingFaceHub(), "Hugging Face", found, seen);
        for (Path dir : extraFolders) {
            scanFolder(dir, "Folder", found, seen);
        }
        found.sort(Comparator.comparing((GgufModelFile f) -> f.displayName().toLowerCase(Locale.ROOT))
                .thenComparing(f -> f.path().toString()));
        return found;
    }

    private Path huggingFaceHub() {
        String hubCache = env.get("HF_HUB_CACHE");
        if (hubCache != null && !hubCache.isBlank()) {
            return Path.of(hubCache);
        }
        String hfHome = env.get("HF_HOME");
        if (hfHome != null && !hfHome.isBlank()) {
            return Path.of(hfHome, "hub");
        }
        return home.resolve(".cache/huggingface/hub");
    }

    private void scanOllama(List<GgufModelFile> found, Set<Path> seen) {
        String custom = env.get("OLLAMA_MODELS");
        Path models = custom != null && !custom.isBlank() ? Path.of(custom) : home.resolve(".ollama/models");
        Path blobs = models.resolve("blobs");
        if (!Files.isDirectory(blobs)) {
            return;
        }
        Map<String, String> tags = ollamaTags(models.resolve("manifests"));
        try (Stream<Path> files = Files.list(blobs)) {
            files.filter(Files::isRegularFile).filter(GgufHeaderReader::hasGgufMagic).forEach(blob -> {
                String tag = tags.get(blob.getFileName().toString());
                add(blob, "Ollama", tag, found, seen);
            });
        } catch (IOException e) {
            // an unreadable folder just contributes nothing
        }
    }

    /** Maps blob file names ("sha256-abc...") to tags ("llama3.2:3b") from Ollama's manifests. */
    private static Map<String, String> ollamaTags(Path manifests) {
        Map<String, String> tags = new HashMap<>();
        if (!Files.isDirectory(manifests)) {
            return tags;
        }
        try (Stream<Path> files = Files.walk(manifests, 6)) {
            files.filter(Files::isRegularFile).forEach(manifest -> {
                try {
                    JsonNode root = Json.mapper().readTree(Files.readString(manifest));
                    for (JsonNode layer : root.path("layers")) {
                        if ("application/vnd.ollama.image.model".equals(layer.path("mediaType").asText())) {
                            String blob = layer.path("digest").asText().replace(':', '-');
                            Path parent = manifest.getParent();
                            String model = parent == null ? "" : parent.getFileName().toString();
                            tags.putIfAbsent(blob, model + ":" + manifest.getFileName());
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // not a manifest we understand
                }
            });
        } catch (IOException e) {
            // no tags then
        }
        return tags;
    }

    private void scanFolder(Path dir, String source, List<GgufModelFile> found, Set<Path> seen) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir, MAX_DEPTH, FileVisitOption.FOLLOW_LINKS)) {
            files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gguf"))
                    .filter(Files::isRegularFile)
                    .filter(p -> !LATER_SPLIT_PART.matcher(p.getFileName().toString().toLowerCase(Locale.ROOT))
                            .matches())
                    .forEach(p -> add(p, source, null, found, seen));
        } catch (IOException | java.io.UncheckedIOException e) {
            // an unreadable folder (or a link loop) contributes what was listed before it
        }
    }

    private static void add(Path file, String source, String tag, List<GgufModelFile> found, Set<Path> seen) {
        try {
            if (!seen.add(file.toRealPath())) {
                return;
            }
            GgufMetadata metadata = GgufHeaderReader.read(file);
            if (metadata.isSidebenchTestModel() || "clip".equals(metadata.architecture())) {
                return;
            }
            String name = tag != null ? tag
                    : metadata.name() != null && !metadata.name().isBlank() ? metadata.name()
                    : file.getFileName().toString();
            found.add(new GgufModelFile(file, source, name, Files.size(file), metadata));
        } catch (IOException | GgufException e) {
            // not a readable GGUF model: not offered
        }
    }
}
