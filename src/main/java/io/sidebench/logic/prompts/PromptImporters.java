package io.sidebench.logic.prompts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The importers by format, plus the detector that picks one for a file. */
public final class PromptImporters {
    private final FormatDetector detector;
    private final Map<ImportFormat, PromptImporter> byFormat = new EnumMap<>(ImportFormat.class);

    public PromptImporters(FormatDetector detector, List<PromptImporter> importers) {
        this.detector = detector;
        for (PromptImporter importer : importers) {
            byFormat.put(importer.format(), importer);
        }
    }

    /** Every built-in format. */
    public static PromptImporters standard() {
        FormatDetector detector = new FormatDetector();
        return new PromptImporters(detector, List.of(new CsvImporter(), new TsvImporter(), new JsonlImporter(),
                new JsonArrayImporter(), new YamlImporter(), new XlsxImporter(), new PromptfooImporter(detector),
                new OpenAiEvalsImporter(detector), new MtBenchImporter(detector)));
    }

    public FormatDetector detector() {
        return detector;
    }

    public PromptImporter get(ImportFormat format) {
        PromptImporter importer = byFormat.get(format);
        if (importer == null) {
            throw new IllegalArgumentException("no importer for " + format);
        }
        return importer;
    }
}
