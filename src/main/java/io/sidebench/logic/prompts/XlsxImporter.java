package io.sidebench.logic.prompts;

import io.sidebench.model.Prompt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The first worksheet of an Excel workbook (.xlsx), read row by row ({@link XlsxRows}, POI's SAX event reader) so
 * large sheets stream. The first non-empty row is the header; errors name the spreadsheet row and column.
 */
public final class XlsxImporter implements PromptImporter {
    @Override
    public ImportFormat format() {
        return ImportFormat.XLSX;
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<Prompt> sink) throws ImportException {
        String name = ImportFiles.name(file);
        if (Files.isDirectory(file)) {
            throw ImportException.ofFile(name, "is a folder, not a prompt file", null);
        }
        if (!Files.isRegularFile(file)) {
            throw ImportException.ofFile(name, "no such file", null);
        }
        PromptEmitter emitter = new PromptEmitter(name, options.variables(), sink);
        TabularMapper[] mapper = {null};
        long[] lastRow = {0};
        XlsxRows.read(file, options.maxLineChars(), row -> {
            lastRow[0] = row.line();
            int line = (int) row.line();
            if (mapper[0] == null) {
                mapper[0] = new TabularMapper(name, line, row.cells(), options.columns(), options.hints());
            } else {
                emitter.emit(mapper[0].map(line, row.cells()), line, 0);
            }
        });
        if (mapper[0] == null) {
            throw ImportException.at(name, 1, "the first worksheet is empty: expected a header row such as prompt, reference");
        }
        if (emitter.count() == 0) {
            throw ImportException.at(name, lastRow[0] + 1, "no prompts: the worksheet has a header row but no data rows");
        }
    }
}
