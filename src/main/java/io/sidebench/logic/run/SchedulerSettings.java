package io.sidebench.logic.run;

import java.time.Duration;
import java.util.Map;

/**
 * How the scheduler treats endpoints.
 *
 * @param defaults  limits of every endpoint not listed in {@code perEndpoint}
 * @param timeout   the time limit of one request (each attempt), {@code null} for none
 */
public record SchedulerSettings(EndpointLimits defaults, Map<String, EndpointLimits> perEndpoint, RetryPolicy retry,
                                Duration timeout) {
    public SchedulerSettings {
        perEndpoint = perEndpoint == null ? Map.of() : Map.copyOf(perEndpoint);
        retry = retry == null ? RetryPolicy.DEFAULT : retry;
    }

    public static SchedulerSettings of(int concurrency, Duration timeout) {
        return new SchedulerSettings(EndpointLimits.concurrency(concurrency), Map.of(), RetryPolicy.DEFAULT, timeout);
    }

    public EndpointLimits limitsFor(String endpoint) {
        return perEndpoint.getOrDefault(endpoint, defaults);
    }

    public SchedulerSettings withRetry(RetryPolicy policy) {
        return new SchedulerSettings(defaults, perEndpoint, policy, timeout);
    }

    public SchedulerSettings withDefaults(EndpointLimits limits) {
        return new SchedulerSettings(limits, perEndpoint, retry, timeout);
    }
}
