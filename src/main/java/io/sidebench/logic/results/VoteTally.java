package io.sidebench.logic.results;

/** How one completion fared in pairwise votes. */
public record VoteTally(int wins, int losses, int ties, int bothBad) {
    public static final VoteTally NONE = new VoteTally(0, 0, 0, 0);

    public int total() {
        return wins + losses + ties + bothBad;
    }

    VoteTally plus(int w, int l, int t, int b) {
        return new VoteTally(wins + w, losses + l, ties + t, bothBad + b);
    }

    @Override
    public String toString() {
        return total() == 0 ? "" : wins + "W " + losses + "L " + ties + "T" + (bothBad > 0 ? " " + bothBad + "B" : "");
    }
}
