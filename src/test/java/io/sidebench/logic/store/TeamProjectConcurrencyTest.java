package io.sidebench.logic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.stats.Agreement;
import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import io.sidebench.testsupport.StoreKind;
import io.sidebench.testsupport.TeamDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many writers on one team project: 20 annotator sessions, each with its own connection, rate and vote at once
 * while a run streams answers in; and a writer killed in the middle of a transaction.
 */
class TeamProjectConcurrencyTest {
    private static final int ANNOTATORS = 20;
    private static final int PROMPTS = 10;
    private static final long SEED = 20261204L;

    private record Seeded(String url, Run run, List<Prompt> prompts, List<ModelConfig> models, List<Completion> rated) {
    }

    private static Seeded seed() throws Exception {
        String url = TeamDatabase.newUrl();
        try (ProjectStore store = StoreKind.create(url, "team")) {
            PromptSet set = store.promptSets().importSet("s", "s", "jsonl", sink -> {
                for (int i = 0; i < PROMPTS; i++) {
                    sink.add(Prompt.single("k" + i, "question " + i, null));
                }
            });
            List<Prompt> prompts = store.promptSets().prompts(set.id());
            List<ModelConfig> models = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                models.add(store.models().add(new ModelConfig(0, name, ProviderKind.OPENAI_COMPATIBLE,
                        "http://127.0.0.1:1/v1", name, null, null, null, null)));
            }
            Run run = store.runs().create(new Run(0, "r", set.id(), models.stream().map(ModelConfig::id).toList(), 11,
                    1, RunStatus.RUNNING, Instant.now(), null));
            List<Completion> rated = new ArrayList<>();
            Random r = new Random(SEED);
            for (Prompt p : prompts) {
                for (ModelConfig m : models) {
                    rated.add(store.completions().save(VariedCompletions.next(r, new CellKey(run.id(), p.id(), m.id(), 0),
                            1, false)));
                }
            }
            return new Seeded(url, run, prompts, models, rated);
        }
    }

    @Test
    void twentyAnnotatorsAndAStreamingRunLoseNothingAndAgreementMatchesTheActionLog() throws Exception {
        Seeded s = seed();
        ConcurrentLinkedQueue<Annotation> annotationLog = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Vote> voteLog = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ANNOTATORS + 1);
        List<Future<?>> sessions = new ArrayList<>();
        int streamed = 100;
        sessions.add(pool.submit(() -> {
            try (ProjectStore run = StoreKind.open(s.url())) {
                Random r = new Random(SEED + 99);
                start.await();
                for (int i = 0; i < streamed; i++) {
                    Prompt p = s.prompts().get(i % PROMPTS);
                    ModelConfig m = s.models().get((i / PROMPTS) % 2);
                    run.completions().save(VariedCompletions.next(r, new CellKey(s.run().id(), p.id(), m.id(),
                            1 + i / (2 * PROMPTS)), 1, false));
                }
            }
            return null;
        }));
        for (int k = 0; k < ANNOTATORS; k++) {
            String annotator = "annotator-" + k;
            Random r = new Random(SEED + k);
            sessions.add(pool.submit(() -> {
                try (ProjectStore session = StoreKind.open(s.url())) {
                    List<Completion> order = new ArrayList<>(s.rated());
                    Collections.shuffle(order, r);
                    start.await();
                    for (int i = 0; i < order.size(); i++) {
                        Completion c = order.get(i);
                        Annotation a = new Annotation(c.id(), annotator, Map.of("accuracy", (double) (1 + r.nextInt(5)),
                                "safety", (double) r.nextInt(2)), List.of(), null, Instant.ofEpochSecond(1_800_000_000L + i));
                        session.annotations().save(a);
                        annotationLog.add(a);
                        if (i % 2 == 0) {
                            Prompt p = s.prompts().get(i / 2);
                            Completion left = s.rated().get(2 * (i / 2));
                            Completion right = s.rated().get(2 * (i / 2) + 1);
                            Vote v = session.votes().add(new Vote(0, s.run().id(), p.id(), left.id(), right.id(),
                                    s.models().get(0).id(), s.models().get(1).id(),
                                    VoteOutcome.values()[r.nextInt(VoteOutcome.values().length)], annotator, false,
                                    Instant.ofEpochSecond(1_800_000_000L + i)));
                            voteLog.add(v);
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : sessions) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        try (ProjectStore store = StoreKind.open(s.url())) {
            List<Annotation> stored = store.annotations().forRun(s.run().id());
            assertThat(stored).hasSize(ANNOTATORS * 2 * PROMPTS).hasSameSizeAs(annotationLog);
            assertThat(stored).containsExactlyInAnyOrderElementsOf(annotationLog);
            // two people rating the same answer keep both ratings, each under their name
            assertThat(store.annotations().forCompletion(s.rated().get(0).id())).hasSize(ANNOTATORS)
                    .extracting(Annotation::annotator).doesNotHaveDuplicates();
            List<Vote> votes = store.votes().forRun(s.run().id());
            assertThat(votes).hasSize(ANNOTATORS * PROMPTS);
            assertThat(votes).containsExactlyInAnyOrderElementsOf(voteLog);
            assertThat(votes.stream().map(Vote::id).collect(Collectors.toSet())).hasSize(votes.size());
            assertThat(store.completions().countForRun(s.run().id())).isEqualTo(2 * PROMPTS + streamed);

            List<Agreement.Result> fromStore = Agreement.ofAnnotations(stored);
            List<Agreement.Result> fromLog = Agreement.ofAnnotations(new ArrayList<>(annotationLog));
            assertThat(fromStore).hasSize(2).isEqualTo(fromLog);
            assertThat(fromStore.get(0).annotators()).hasSize(ANNOTATORS);
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aWriterKilledMidTransactionLeavesNoTraceAndTheOthersCarryOn() throws Exception {
        Seeded s = seed();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        int[] backend = new int[1];
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (ProjectStore victim = StoreKind.open(s.url())) {
            Future<?> doomed = pool.submit(() -> victim.inTransaction(c -> {
                for (int i = 0; i < 5; i++) {
                    victim.annotations().save(new Annotation(s.rated().get(i).id(), "victim", Map.of("accuracy", 3.0),
                            List.of(), null, null));
                }
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    backend[0] = rs.getInt(1);
                }
                inside.countDown();
                await(killed);
                victim.annotations().save(new Annotation(s.rated().get(9).id(), "victim", Map.of("accuracy", 3.0),
                        List.of(), null, null));
                return null;
            }));
            // two other writers work before, during and after the kill
            List<CompletableFuture<Integer>> others = new ArrayList<>();
            for (String name : List.of("carol", "dave")) {
                others.add(CompletableFuture.supplyAsync(() -> {
                    try (ProjectStore session = StoreKind.open(s.url())) {
                        await(inside);
                        for (Completion c : s.rated()) {
                            session.annotations().save(new Annotation(c.id(), name, Map.of("accuracy", 4.0), List.of(),
                                    null, null));
                        }
                        return s.rated().size();
                    }
                }, pool));
            }
            inside.await(1, TimeUnit.MINUTES);
            try (Connection admin = TeamDatabase.adminConnection();
                 PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                ps.setInt(1, backend[0]);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isTrue();
                }
            }
            killed.countDown();
            assertThatThrownBy(() -> doomed.get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(StoreException.class)
                    .cause().hasMessageContaining("connection");
            for (CompletableFuture<Integer> f : others) {
                assertThat(f.get(1, TimeUnit.MINUTES)).isEqualTo(2 * PROMPTS);
            }
            // the killed writer's store reconnects for its next piece of work
            victim.annotations().save(new Annotation(s.rated().get(0).id(), "victim", Map.of("accuracy", 1.0),
                    List.of(), "after", null));
        } finally {
            pool.shutdown();
        }
        try (ProjectStore store = StoreKind.open(s.url())) {
            List<Annotation> stored = store.annotations().forRun(s.run().id());
            assertThat(stored.stream().filter(a -> a.annotator().equals("victim")))
                    .singleElement().extracting(Annotation::comment).isEqualTo("after");
            assertThat(stored.stream().filter(a -> !a.annotator().equals("victim"))).hasSize(2 * 2 * PROMPTS);
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
