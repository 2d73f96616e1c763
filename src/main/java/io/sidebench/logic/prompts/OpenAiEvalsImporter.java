package io.sidebench.logic.prompts;

import io.sidebench.model.Prompt;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * OpenAI Evals samples: each record's <code>input</code> is a list of chat messages (system, user, assistant) and <code>ideal</code> the expected answer(s). The container (JSON lines, JSON or YAML) is recognised from the file.
 */
public final class OpenAiEvalsImporter implements PromptImporter {
    private final FormatDetector detector;

    public OpenAiEvalsImporter(FormatDetector detector) {
        this.detector = detector;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.OPENAI_EVALS;
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<Prompt> sink) throws ImportException {
        new StructuredImport(file, options, RecordConverter.Shape.OPENAI_EVALS, false, sink).run(detector.container(file));
    }
}
