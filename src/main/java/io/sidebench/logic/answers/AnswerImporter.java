package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportException;
import java.nio.file.Path;

/** Reads one answer-file format, streaming its records to a sink. One implementation per format. */
public interface AnswerImporter {
    AnswerFormat format();

    /**
     * @throws ImportException on a problem with the file ({@code file:line[:column]: reason}); a file without any
     *                         answer is an error too
     */
    void read(Path file, AnswerOptions options, AnswerSink sink) throws ImportException;
}
