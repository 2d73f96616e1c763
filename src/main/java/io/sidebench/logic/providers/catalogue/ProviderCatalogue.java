package io.sidebench.logic.providers.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The provider presets: the catalogue bundled with Sidebench ({@code providers.json} on the class path),
 * with the user's own file merged over it. A user entry with a known id changes only the fields it
 * gives; its models replace bundled models of the same name and add the others; new ids are added.
 */
public final class ProviderCatalogue {
    public static final String RESOURCE = "/providers.json";
    private final List<ProviderPreset> presets;
    private final String pricesAsOf;
    private final String note;

    private ProviderCatalogue(List<ProviderPreset> presets, String pricesAsOf, String note) {
        this.presets = List.copyOf(presets);
        this.pricesAsOf = pricesAsOf;
        this.note = note;
    }

    /** The bundled catalogue alone. */
    public static ProviderCatalogue bundled() {
        return load(null);
    }

    /** The bundled catalogue with {@code userFile} merged over it when that file exists. */
    public static ProviderCatalogue load(Path userFile) {
        ObjectNode merged = readBundled();
        if (userFile != null && Files.isRegularFile(userFile)) {
            merge(merged, readUser(userFile));
        }
        List<ProviderPreset> presets = new ArrayList<>();
        for (JsonNode node : merged.path("providers")) {
            try {
                ProviderPreset preset = Json.mapper().treeToValue(node, ProviderPreset.class);
                preset.kind();
                presets.add(preset);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                String where = userFile != null ? userFile.toString() : RESOURCE;
                throw new IllegalArgumentException(where + ": provider '" + node.path("id").asText("?") + "': "
                        + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
            }
        }
        return new ProviderCatalogue(presets, merged.path("pricesAsOf").asText(null), merged.path("note").asText(null));
    }

    public List<ProviderPreset> presets() {
        return presets;
    }

    public Optional<ProviderPreset> find(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return presets.stream().filter(p -> p.id().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The presets for servers on this machine (Ollama, LM Studio, llama.cpp, vLLM...). */
    public List<ProviderPreset> localServers() {
        return presets.stream().filter(ProviderPreset::isLocal).toList();
    }

    /** The date the bundled prices were taken from the providers' price pages. */
    public String pricesAsOf() {
        return pricesAsOf;
    }

    public String note() {
        return note;
    }

    private static ObjectNode readBundled() {
        try (InputStream in = ProviderCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled provider catalogue " + RESOURCE + " is missing");
            }
            return (ObjectNode) Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled provider catalogue: " + e.getMessage(), e);
        }
    }

    private static ObjectNode readUser(Path file) {
        try {
            JsonNode node = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!(node instanceof ObjectNode object) || !node.path("providers").isArray()) {
                throw new IllegalArgumentException(file + ":1:1: expected an object with a \"providers\" array");
            }
            return object;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? file + "" : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new IllegalArgumentException(where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void merge(ObjectNode base, ObjectNode user) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (JsonNode preset : base.path("providers")) {
            byId.put(preset.path("id").asText(), (ObjectNode) preset);
        }
        for (JsonNode entry : user.path("providers")) {
            if (!(entry instanceof ObjectNode preset) || !preset.path("id").isTextual()) {
                continue;
            }
            ObjectNode existing = byId.get(preset.path("id").asText());
            if (existing == null) {
                byId.put(preset.path("id").asText(), preset);
                continue;
            }
            preset.properties().forEach(field -> {
                if (field.getKey().equals("models")) {
                    existing.set("models", mergeModels(existing.path("models"), field.getValue()));
                } else {
                    existing.set(field.getKey(), field.getValue());
                }
            });
        }
        ArrayNode providers = base.putArray("providers");
        byId.values().forEach(providers::add);
        if (user.path("pricesAsOf").isTextual()) {
            base.set("pricesAsOf", user.get("pricesAsOf"));
        }
    }

    private static ArrayNode mergeModels(JsonNode base, JsonNode user) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        base.forEach(m -> byName.put(m.path("name").asText(), m));
        user.forEach(m -> byName.put(m.path("name").asText(), m));
        ArrayNode out = Json.mapper().createArrayNode();
        byName.values().forEach(out::add);
        return out;
    }
}
