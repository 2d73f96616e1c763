package io.sidebench.logic.store;

import io.sidebench.model.Annotation;
import java.util.List;
import java.util.Optional;

public interface AnnotationRepository {
    /** Stores (or replaces) one annotator's annotation of one completion. */
    void save(Annotation annotation);

    Optional<Annotation> find(long completionId, String annotator);

    List<Annotation> forCompletion(long completionId);

    List<Annotation> forRun(long runId);

    int count();
}
