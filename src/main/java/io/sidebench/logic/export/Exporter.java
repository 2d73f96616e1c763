package io.sidebench.logic.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a run's report in one file format. One implementation per format. */
public interface Exporter {
    /** The format's name on the command line: csv, jsonl, xlsx, html, pdf, md. */
    String format();

    /** The usual file extension, without the dot. */
    String extension();

    /** Writes the whole file to {@code out}; does not close it. */
    void write(Report report, OutputStream out) throws IOException;
}
