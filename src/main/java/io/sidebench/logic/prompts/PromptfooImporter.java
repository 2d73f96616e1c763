package io.sidebench.logic.prompts;

import io.sidebench.model.Prompt;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A promptfoo configuration (YAML or JSON): <code>prompts</code> templates crossed with <code>tests</code> and their <code>vars</code>; <code>assert</code> entries kept as assertions. The container (JSON lines, JSON or YAML) is recognised from the file.
 */
public final class PromptfooImporter implements PromptImporter {
    private final FormatDetector detector;

    public PromptfooImporter(FormatDetector detector) {
        this.detector = detector;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.PROMPTFOO;
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<Prompt> sink) throws ImportException {
        new StructuredImport(file, options, RecordConverter.Shape.AUTO, true, sink).run(detector.container(file));
    }
}
