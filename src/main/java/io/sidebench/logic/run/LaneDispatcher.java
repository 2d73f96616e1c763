package io.sidebench.logic.run;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Starts queued work when its limits allow: a lane's own cap, its endpoint's limit (shared by every lane on
 * the endpoint) and its isolation group (one lane of a group at a time: the group belongs to a lane from its
 * first start until its queue is empty and nothing of it is in flight). Among the lanes that may start, the one
 * whose next job was submitted first goes first, so the submission order (the run's seeded order) is kept.
 */
final class LaneDispatcher {
    private record Job(long seq, Runnable work, Runnable reject) {
    }

    private static final class LaneState {
        final SchedulerLane lane;
        final ArrayDeque<Job> queue = new ArrayDeque<>();
        int inFlight;

        LaneState(SchedulerLane lane) {
            this.lane = lane;
        }
    }

    private final ToIntFunction<String> endpointLimit;
    private final ThreadPoolExecutor pool;
    private final Map<String, LaneState> lanes = new LinkedHashMap<>();
    private final Map<String, Integer> endpointInFlight = new HashMap<>();
    private final Map<String, LaneState> groupOwner = new HashMap<>();
    private long seq;
    private boolean closed;
    private int holding;

    /** @param endpointLimit the concurrency limit of an endpoint, by its name */
    LaneDispatcher(ToIntFunction<String> endpointLimit) {
        this.endpointLimit = endpointLimit;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "sidebench-run-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code work}; {@code reject} runs instead when it will never start (cancel, close). */
    void submit(SchedulerLane lane, Runnable work, Runnable reject) {
        synchronized (this) {
            if (!closed) {
                LaneState state = lanes.computeIfAbsent(lane.model(), n -> new LaneState(lane));
                state.queue.add(new Job(seq++, work, reject));
                if (holding == 0) {
                    dispatch();
                }
                return;
            }
        }
        reject.run();
    }

    /**
     * Runs {@code submissions} with nothing started until they are all queued, so that an isolated lane does
     * not give its group away while the rest of its work is still being submitted.
     */
    void batch(Runnable submissions) {
        synchronized (this) {
            holding++;
        }
        try {
            submissions.run();
        } finally {
            synchronized (this) {
                holding--;
                if (holding == 0 && !closed) {
                    dispatch();
                }
            }
        }
    }

    /** Drops every queued job (each is rejected); jobs already started go on. */
    void dropQueued() {
        java.util.List<Job> dropped = new java.util.ArrayList<>();
        synchronized (this) {
            for (LaneState s : lanes.values()) {
                dropped.addAll(s.queue);
                s.queue.clear();
            }
        }
        dropped.forEach(j -> j.reject().run());
    }

    void close() {
        synchronized (this) {
            closed = true;
        }
        dropQueued();
        pool.shutdownNow();
    }

    private void dispatch() {
        while (true) {
            LaneState next = null;
            for (LaneState s : lanes.values()) {
                if (mayStart(s) && (next == null || s.queue.peek().seq() < next.queue.peek().seq())) {
                    next = s;
                }
            }
            if (next == null) {
                return;
            }
            Job job = next.queue.poll();
            next.inFlight++;
            endpointInFlight.merge(next.lane.endpoint(), 1, Integer::sum);
            if (next.lane.isolationGroup() != null) {
                groupOwner.put(next.lane.isolationGroup(), next);
            }
            LaneState started = next;
            try {
                pool.execute(() -> {
                    try {
                        job.work().run();
                    } finally {
                        finished(started);
                    }
                });
            } catch (RejectedExecutionException e) {
                started.inFlight--;
                endpointInFlight.merge(started.lane.endpoint(), -1, Integer::sum);
                job.reject().run();
                return;
            }
        }
    }

    private boolean mayStart(LaneState s) {
        if (s.queue.isEmpty() || s.inFlight >= s.lane.cap()) {
            return false;
        }
        if (endpointInFlight.getOrDefault(s.lane.endpoint(), 0) >= Math.max(1, endpointLimit.applyAsInt(s.lane.endpoint()))) {
            return false;
        }
        String group = s.lane.isolationGroup();
        if (group == null) {
            return true;
        }
        LaneState owner = groupOwner.get(group);
        return owner == null || owner == s;
    }

    private synchronized void finished(LaneState s) {
        s.inFlight--;
        endpointInFlight.merge(s.lane.endpoint(), -1, Integer::sum);
        String group = s.lane.isolationGroup();
        if (group != null && s.inFlight == 0 && s.queue.isEmpty() && groupOwner.get(group) == s) {
            groupOwner.remove(group);
        }
        if (!closed && holding == 0) {
            dispatch();
        }
    }
}
