package io.sidebench.logic.prompts;

import io.sidebench.model.Prompt;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * MT-Bench style multi-turn records: <code>turns</code> is a list of user messages, <code>reference</code> an optional parallel list of expected answers, <code>question_id</code> and <code>category</code> as usual. The container (JSON lines, JSON or YAML) is recognised from the file.
 */
public final class MtBenchImporter implements PromptImporter {
    private final FormatDetector detector;

    public MtBenchImporter(FormatDetector detector) {
        this.detector = detector;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.MT_BENCH;
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<Prompt> sink) throws ImportException {
        new StructuredImport(file, options, RecordConverter.Shape.MT_BENCH, false, sink).run(detector.container(file));
    }
}
