package io.sidebench.gui.present;

/** The kinds of slides, in the order a deck presents them. */
public enum SlideKind {
    OBJECTIVE, DATASET, LEADERBOARD, HUMAN_RATINGS, AGREEMENT, SPEED, QUALITY_COST, PROFILES, EXAMPLE, RACE
}
