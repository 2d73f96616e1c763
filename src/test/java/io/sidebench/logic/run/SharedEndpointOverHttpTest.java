package io.sidebench.logic.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Run;
import io.sidebench.testsupport.TestProjects;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 3, counted at a loopback server that holds every request until the test lets it answer:
 * {@code --concurrency} is the limit of an endpoint (models on one base URL share it), a model's own limit caps it
 * lower, and speed isolation never has two isolated models' requests in flight at once. Each step waits for the
 * server to hold the requests the scheduler must have sent; nothing sleeps.
 */
class SharedEndpointOverHttpTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private GatedLlmServer server;

    @BeforeEach
    void start() throws Exception {
        server = GatedLlmServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RunHandle run(ProjectStore store, PromptSet set, List<ModelConfig> models, int concurrency,
                          Isolation isolation) {
        RunEngine engine = new RunEngine(store, DefaultModelClientFactory.standard(), MetricsCalculator.withCl100k(),
                RunClock.SYSTEM);
        Run run = engine.createRun("shared", set.id(), models.stream().map(ModelConfig::id).toList(), 1, 7);
        SchedulerSettings settings = SchedulerSettings.of(concurrency, Duration.ofSeconds(60));
        return engine.start(run.id(), new RunOptions(settings, CacheMode.OFF, null, isolation), RunProgressListener.NONE);
    }

    private ModelConfig model(ProjectStore store, String name, Integer ownLimit) {
        ModelConfig m = TestProjects.openAi(store, name, server.baseUrl(), name);
        if (ownLimit != null) {
            m = m.withConnection(m.connection().withOption(ConnectionSettings.CONCURRENCY_OPTION, ownLimit.toString()));
            store.models().update(m);
        }
        return m;
    }

    @Test
    void threeModelsOnOneBaseUrlShareTheEndpointsLimit() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("shared.sidebench"), "Shared")) {
            PromptSet set = TestProjects.promptSet(store, "en", 4);
            List<ModelConfig> models = List.of(model(store, "a", null), model(store, "b", null), model(store, "c", null));
            RunHandle handle = run(store, set, models, 4, Isolation.OFF);
            for (int batch = 0; batch < 3; batch++) {
                assertThat(server.awaitHeld(4, WAIT)).as("batch %d: the endpoint's 4 requests arrive", batch).isTrue();
                assertThat(server.heldModels()).as("batch %d holds the limit, not 4 per model", batch).hasSize(4);
                server.release();
            }
            RunResult result = handle.await();

            assertThat(result.ok()).isEqualTo(12);
            assertThat(server.maxTotal()).as("requests in flight at the server, all models together").isEqualTo(4);
            assertThat(server.maxModelsAtOnce()).as("the models did run at once (isolation off)").isGreaterThan(1);
            assertThat(SpeedMeasurement.read(store, result.run())).hasValue(new SpeedMeasurement(false, true));
        }
    }

    @Test
    void aModelsOwnLimitCapsItBelowTheEndpoints() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("own.sidebench"), "Own limit")) {
            PromptSet set = TestProjects.promptSet(store, "en", 6);
            ModelConfig two = model(store, "two", 2);
            ModelConfig three = model(store, "three", 3);
            RunHandle handle = run(store, set, List.of(two, three), 8, Isolation.OFF);

            assertThat(server.awaitHeld(5, WAIT)).as("2 + 3 requests arrive").isTrue();
            assertThat(server.heldModels()).as("each model at its own limit; the endpoint's 8 not reached")
                    .hasSize(5).filteredOn("two"::equals).hasSize(2);
            server.openGate();
            RunResult result = handle.await();

            assertThat(result.ok()).isEqualTo(12);
            assertThat(server.maxInFlight("two")).isEqualTo(2);
            assertThat(server.maxInFlight("three")).isEqualTo(3);
            assertThat(server.maxTotal()).isEqualTo(5);
        }
    }

    @Test
    void localModelsAreMeasuredOneAfterAnotherByDefault() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("isolated.sidebench"), "Isolated")) {
            PromptSet set = TestProjects.promptSet(store, "en", 6);
            List<ModelConfig> models = List.of(model(store, "first", null), model(store, "second", null));
            RunHandle handle = run(store, set, models, 3, Isolation.AUTO);
            String previous = null;
            for (int batch = 0; batch < 4; batch++) {
                assertThat(server.awaitHeld(3, WAIT)).as("batch %d: 3 requests of one model", batch).isTrue();
                List<String> held = server.heldModels();
                assertThat(held).as("batch %d", batch).hasSize(3).containsOnly(held.get(0));
                if (batch % 2 == 1) {
                    assertThat(held.get(0)).as("a model's 6 cells come in two batches").isEqualTo(previous);
                }
                previous = held.get(0);
                server.release();
            }
            RunResult result = handle.await();

            assertThat(result.ok()).isEqualTo(12);
            assertThat(server.maxModelsAtOnce()).as("models with requests in flight at once").isEqualTo(1);
            List<String> order = server.arrivals();
            assertThat(order.subList(0, 6)).containsOnly(order.get(0));
            assertThat(order.subList(6, 12)).containsOnly(order.get(6)).doesNotContain(order.get(0));
            assertThat(SpeedMeasurement.read(store, result.run())).hasValue(new SpeedMeasurement(true, false));
            assertThat(SpeedMeasurement.describe(store, result.run())).isEqualTo("speeds measured one model at a time");
        }
    }
}
