package io.sidebench.logic.store;

import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import java.util.List;
import java.util.Optional;

/** Prompt sets and their prompts. */
public interface PromptSetRepository {

    /** Receives the prompts of an import one by one, so large files stream through. */
    interface PromptSink {
        void add(Prompt prompt);
    }

    /** Produces the prompts of an import; may throw to abort it. */
    @FunctionalInterface
    interface PromptSource {
        void emit(PromptSink sink) throws Exception;
    }

    /**
     * Stores a new prompt set in one transaction: if {@code source} throws, nothing of the import is
     * written and the exception is rethrown.
     *
     * @throws StoreException when a set of that name exists
     */
    PromptSet importSet(String name, String source, String format, PromptSource prompts) throws Exception;

    List<PromptSet> list();

    Optional<PromptSet> find(String name);

    Optional<PromptSet> get(long id);

    List<Prompt> prompts(long setId);

    Optional<Prompt> prompt(long promptId);

    /** A page of prompts, for virtualised tables. */
    List<Prompt> prompts(long setId, int offset, int limit);

    int count(long setId);

    void delete(long setId);
}
