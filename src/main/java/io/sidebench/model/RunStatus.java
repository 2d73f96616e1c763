package io.sidebench.model;

public enum RunStatus {
    PENDING, RUNNING, PAUSED, CANCELLED, INTERRUPTED, FINISHED
}
