package io.sidebench.logic.prompts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Comma-separated values with a header row (RFC 4180 quoting). Spreadsheets set to a European locale save
 * "CSV" with semicolons; the delimiter is taken from the header line when it clearly uses ';' or tabs.
 */
public final class CsvImporter extends DelimitedImporter {
    @Override
    public ImportFormat format() {
        return ImportFormat.CSV;
    }

    @Override
    protected char delimiter(Path file) throws ImportException {
        byte[] head = ImportFiles.head(file, 64 * 1024);
        String text = new String(head, StandardCharsets.UTF_8);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (commas == 0 && semicolons > 0 && semicolons >= tabs) {
            return ';';
        }
        if (commas == 0 && tabs > 0) {
            return '\t';
        }
        return ',';
    }
}
