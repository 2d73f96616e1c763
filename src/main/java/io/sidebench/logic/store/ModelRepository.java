package io.sidebench.logic.store;

import io.sidebench.model.ModelConfig;
import java.util.List;
import java.util.Optional;

/** Model configurations of a project (never secrets). */
public interface ModelRepository {
    /** Adds a model; throws a StoreException when the name is taken. */
    ModelConfig add(ModelConfig model);

    void update(ModelConfig model);

    List<ModelConfig> list();

    Optional<ModelConfig> find(String name);

    Optional<ModelConfig> get(long id);

    /** Removes a model; refused while runs still reference it. */
    void remove(String name);
}
