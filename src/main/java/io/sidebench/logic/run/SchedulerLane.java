package io.sidebench.logic.run;

/**
 * Where the scheduler queues one model's requests.
 *
 * @param model          the lane's own name (one per model of the run)
 * @param deployment     what rate limits and a 429's cool-down apply to (provider, address, model name)
 * @param endpoint       the server the model shares with others: its requests in flight count against the
 *                       endpoint's concurrency limit together with every other lane on it
 * @param cap            the most requests of this lane in flight at once (its per-model override), at least 1
 * @param isolationGroup lanes of one group never have requests in flight at once (one model after another);
 *                       {@code null} when the lane is not isolated
 */
public record SchedulerLane(String model, String deployment, String endpoint, int cap, String isolationGroup) {
    public SchedulerLane {
        if (model == null || deployment == null || endpoint == null) {
            throw new IllegalArgumentException("a lane needs a model, deployment and endpoint");
        }
        if (cap < 1) {
            throw new IllegalArgumentException("a lane's concurrency must be at least 1");
        }
    }

    /** A lane of its own: the endpoint, deployment and model are one, limited only by the endpoint. */
    public static SchedulerLane of(String endpoint) {
        return new SchedulerLane(endpoint, endpoint, endpoint, Integer.MAX_VALUE, null);
    }
}
