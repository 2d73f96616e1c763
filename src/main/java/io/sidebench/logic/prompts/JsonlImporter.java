package io.sidebench.logic.prompts;

import io.sidebench.model.Prompt;
import java.nio.file.Path;
import java.util.function.Consumer;

/** JSON lines: one prompt record (a JSON object) per line. Record shapes (plain, OpenAI Evals, MT-Bench) are recognised per record. */
public final class JsonlImporter implements PromptImporter {
    @Override
    public ImportFormat format() {
        return ImportFormat.JSONL;
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<Prompt> sink) throws ImportException {
        new StructuredImport(file, options, RecordConverter.Shape.AUTO, false, sink).run(StructuredImport.Container.JSONL);
    }
}
