package io.sidebench.logic.prompts;

import io.sidebench.model.Prompt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Shared reading of header-row tables in delimited text; {@link CsvImporter} and {@link TsvImporter}. */
abstract class DelimitedImporter implements PromptImporter {

    /** The delimiter to use for this file. */
    protected abstract char delimiter(Path file) throws ImportException;

    @Override
    public void read(Path file, ImportOptions options, Consumer<Prompt> sink) throws ImportException {
        String name = ImportFiles.name(file);
        char delimiter = delimiter(file);
        try (StrictUtf8Reader reader = ImportFiles.openText(file, options.maxLineChars())) {
            DelimitedTextParser parser = new DelimitedTextParser(reader, delimiter, name, options.maxLineChars());
            DelimitedTextParser.Row head = parser.next();
            if (head == null) {
                throw ImportException.at(name, 1, "the file is empty: expected a header row such as prompt"
                        + delimiter + "reference");
            }
            TabularMapper mapper = new TabularMapper(name, head.line(), head.fields(), options.columns(), options.hints());
            PromptEmitter emitter = new PromptEmitter(name, options.variables(), sink);
            DelimitedTextParser.Row row;
            while ((row = parser.next()) != null) {
                emitter.emit(mapper.map(row.line(), row.fields()), row.line(), 0);
            }
            if (emitter.count() == 0) {
                throw ImportException.at(name, parser.line(), "no prompts: the file has a header row but no data rows");
            }
        } catch (IOException e) {
            throw ImportFiles.failure(name, e);
        }
    }
}
