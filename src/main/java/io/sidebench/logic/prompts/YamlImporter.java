package io.sidebench.logic.prompts;

import io.sidebench.model.Prompt;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A YAML document: a list of prompt records (streamed item by item), an object holding such a list, a single record, or a promptfoo config. Record shapes (plain, OpenAI Evals, MT-Bench) are recognised per record. */
public final class YamlImporter implements PromptImporter {
    @Override
    public ImportFormat format() {
        return ImportFormat.YAML;
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<Prompt> sink) throws ImportException {
        new StructuredImport(file, options, RecordConverter.Shape.AUTO, false, sink).run(StructuredImport.Container.YAML);
    }
}
