package io.sidebench.logic.providers.gguf;

import java.nio.file.Path;

/**
 * A local model file found on this machine.
 *
 * @param path        the file to load (an Ollama blob has no extension)
 * @param source      where it was found: "Ollama", "LM Studio", "Hugging Face" or "Folder"
 * @param displayName a name for people: the Ollama tag, general.name or the file name
 * @param sizeBytes   the file size
 */
public record GgufModelFile(Path path, String source, String displayName, long sizeBytes, GgufMetadata metadata) {
}
