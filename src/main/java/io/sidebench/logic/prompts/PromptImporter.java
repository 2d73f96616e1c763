package io.sidebench.logic.prompts;

import io.sidebench.model.Prompt;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one prompt-file format. Importers stream: they pass each prompt to the sink as soon as it is read
 * and never hold the whole file in memory (except small configuration files such as promptfoo's).
 */
public interface PromptImporter {

    ImportFormat format();

    /**
     * Reads {@code file} and passes its prompts, in order, to {@code sink}.
     *
     * @throws ImportException on any problem with the file, with a {@code file:line[:column]: reason} message;
     *                         a file without any prompt is an error too
     */
    void read(Path file, ImportOptions options, Consumer<Prompt> sink) throws ImportException;
}
