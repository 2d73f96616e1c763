package io.sidebench.logic.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointPlanTest {
    private static ModelConfig model(long id, String url, Integer own) {
        ModelConfig m = new ModelConfig(id, "m" + id, ProviderKind.OPENAI_COMPATIBLE, url, "x" + id, null, null, null,
                null);
        return own == null ? m : m.withConnection(ConnectionSettings.NONE
                .withOption(ConnectionSettings.CONCURRENCY_OPTION, own.toString()));
    }

    @Test
    void baseUrlsAreNormalisedBySchemeHostPortAndPath() {
        assertThat(EndpointPlan.normalise("HTTPS://API.Example.com/v1/")).isEqualTo("https://api.example.com:443/v1");
        assertThat(EndpointPlan.normalise("https://api.example.com:443/v1?x=1")).isEqualTo("https://api.example.com:443/v1");
        assertThat(EndpointPlan.normalise("http://127.0.0.1:8080/v1")).isEqualTo(EndpointPlan.normalise("http://localhost:8080/v1"));
        assertThat(EndpointPlan.normalise("http://[::1]:8080/v1")).isEqualTo("http://localhost:8080/v1");
        assertThat(EndpointPlan.normalise("https://api.example.com/v2")).isNotEqualTo(EndpointPlan.normalise("https://api.example.com/v1"));
    }

    @Test
    void modelsOnOneRemoteEndpointShareItsLimitAndAreIsolatedOnlyWhenAsked() {
        List<ModelConfig> models = List.of(model(1, "https://api.example.com/v1", null),
                model(2, "https://API.example.com/v1/", 2), model(3, "https://other.example.com/v1", 9));
        SchedulerSettings settings = SchedulerSettings.of(16, Duration.ofSeconds(5));
        EndpointPlan auto = EndpointPlan.of(models, settings, Isolation.AUTO);
        assertThat(auto.endpoints()).hasSize(2);
        assertThat(auto.endpoints().get(0).models()).hasSize(2);
        assertThat(auto.laneOf(1).cap()).isEqualTo(16);
        assertThat(auto.laneOf(2).cap()).as("own limit below the endpoint's").isEqualTo(2);
        assertThat(auto.laneOf(3).cap()).as("alone on its endpoint, its own limit").isEqualTo(9);
        assertThat(auto.isolatedModels()).isEmpty();
        assertThat(auto.measurement().kind()).isEqualTo(SpeedMeasurement.Kind.CONCURRENT_SHARED);

        EndpointPlan on = EndpointPlan.of(models, settings, Isolation.ON);
        assertThat(on.laneOf(1).isolationGroup()).isNotNull().isEqualTo(on.laneOf(2).isolationGroup());
        assertThat(on.laneOf(3).isolationGroup()).as("alone on its endpoint").isNull();
        assertThat(on.measurement().kind()).isEqualTo(SpeedMeasurement.Kind.ONE_AT_A_TIME);
    }

    @Test
    void localModelsFormOneGroupUnlessIsolationIsOff() {
        ModelConfig gguf = new ModelConfig(1, "g", ProviderKind.GGUF, null, null, null, "/m/a.gguf", null, null);
        ModelConfig ollama = new ModelConfig(2, "o", ProviderKind.OLLAMA, null, "llama3", null, null, null, null);
        ModelConfig server = model(3, "http://localhost:8080/v1", null);
        List<ModelConfig> models = List.of(gguf, ollama, server);
        SchedulerSettings settings = SchedulerSettings.of(4, null);
        EndpointPlan auto = EndpointPlan.of(models, settings, Isolation.AUTO);
        assertThat(auto.isolatedModels()).hasSize(3);
        assertThat(auto.laneOf(1).isolationGroup()).isEqualTo(auto.laneOf(2).isolationGroup())
                .isEqualTo(auto.laneOf(3).isolationGroup());
        EndpointPlan off = EndpointPlan.of(models, settings, Isolation.OFF);
        assertThat(off.isolatedModels()).isEmpty();
        assertThat(off.measurement().kind()).isEqualTo(SpeedMeasurement.Kind.CONCURRENT_SHARED);
    }
}
