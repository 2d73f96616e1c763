package io.sidebench.logic.export;

import io.sidebench.model.Annotation;

/** One annotator's annotation of one answer, with what identifies the answer in a table. */
public record AnnotationLine(String promptKey, String modelLabel, Annotation annotation) {
}
