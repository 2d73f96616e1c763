package io.sidebench.gui.run;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One model's live answer on the run screen: which prompt, the text so far, and whether it has ended. */
public final class LiveLane {
    private final long modelId;
    private final String name;
    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done");
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed");

    LiveLane(long modelId, String name) {
        this.modelId = modelId;
        this.name = name;
    }

    public long modelId() {
        return modelId;
    }

    public String name() {
        return name;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }
}
