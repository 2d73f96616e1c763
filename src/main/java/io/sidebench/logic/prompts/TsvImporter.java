package io.sidebench.logic.prompts;

import java.nio.file.Path;

/** Tab-separated values with a header row; quoting as in CSV. */
public final class TsvImporter extends DelimitedImporter {
    @Override
    public ImportFormat format() {
        return ImportFormat.TSV;
    }

    @Override
    protected char delimiter(Path file) {
        return '\t';
    }
}
