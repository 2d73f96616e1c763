package io.sidebench.logic.run;

import io.sidebench.model.ModelParams;

/** When answers may come from the response cache. */
public enum CacheMode {
    /** For deterministic requests only (temperature 0): the default. */
    AUTO,
    /** Never: every cell is requested. */
    OFF,
    /** Always, whatever the temperature. */
    ON;

    public boolean appliesTo(ModelParams params) {
        return switch (this) {
            case AUTO -> params.isDeterministic();
            case OFF -> false;
            case ON -> true;
        };
    }
}
