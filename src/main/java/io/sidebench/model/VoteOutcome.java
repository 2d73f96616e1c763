package io.sidebench.model;

/** The verdict of a pairwise comparison, in terms of the positions shown. */
public enum VoteOutcome {
    LEFT, RIGHT, TIE, BOTH_BAD
}
