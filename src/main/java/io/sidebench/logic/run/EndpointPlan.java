package io.sidebench.logic.run;

import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the models of a run share endpoints: which endpoint each model is on (its base URL normalised: scheme,
 * host, port, path), each endpoint's concurrency limit (shared by its models), each model's own cap (its
 * per-model override, never above the endpoint's), and which models are measured one after another (speed
 * isolation). The scheduler's lanes, the Run screen's limits and the run's {@link SpeedMeasurement} all come
 * from here.
 */
public final class EndpointPlan {
    /** The isolation group of the models that run on this machine. */
    static final String LOCAL_GROUP = "this machine";
    /** Where an Ollama model without a base URL is reached (the Ollama client's default). */
    private static final String OLLAMA_DEFAULT = "http://127.0.0.1:11434";
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0");

    /**
     * One model's place in the plan.
     *
     * @param endpoint  the normalised endpoint it shares with others
     * @param limit     the endpoint's limit (requests in flight, all its models together)
     * @param cap       this model's own limit: its override when lower than the endpoint's, else the endpoint's
     * @param local     whether it runs on this machine
     * @param isolated  whether it is measured with no other model of its group in flight
     */
    public record ModelLane(ModelConfig model, String endpoint, int limit, int cap, boolean local, boolean isolated,
                            SchedulerLane lane) {
    }

    /** An endpoint of the run: its limit and the models sharing it, in the run's order. */
    public record Endpoint(String endpoint, int limit, List<ModelLane> models) {
        public Endpoint {
            models = List.copyOf(models);
        }
    }

    private final Map<Long, ModelLane> lanes;
    private final SpeedMeasurement measurement;

    private EndpointPlan(Map<Long, ModelLane> lanes, SpeedMeasurement measurement) {
        this.lanes = lanes;
        this.measurement = measurement;
    }

    /** The plan of {@code models} run with {@code settings} and {@code isolation}. */
    public static EndpointPlan of(List<ModelConfig> models, SchedulerSettings settings, Isolation isolation) {
        Map<String, Integer> perEndpoint = new LinkedHashMap<>();
        int localCount = 0;
        for (ModelConfig m : models) {
            perEndpoint.merge(endpointOf(m), 1, Integer::sum);
            localCount += isLocal(m) ? 1 : 0;
        }
        Map<Long, ModelLane> lanes = new LinkedHashMap<>();
        boolean isolatedAny = false;
        boolean sharedAny = false;
        for (ModelConfig m : models) {
            String endpoint = endpointOf(m);
            int limit = Math.max(1, settings.limitsFor(endpoint).concurrency());
            Integer override = overrideOf(m);
            int cap = override == null ? limit : Math.min(limit, override);
            boolean local = isLocal(m);
            boolean shares = perEndpoint.get(endpoint) > 1 || (local && localCount > 1);
            String group = null;
            if (isolation != Isolation.OFF && local) {
                group = LOCAL_GROUP;
            } else if (isolation == Isolation.ON && perEndpoint.get(endpoint) > 1) {
                group = endpoint;
            }
            if (shares) {
                if (group != null) {
                    isolatedAny = true;
                } else {
                    sharedAny = true;
                }
            }
            SchedulerLane lane = new SchedulerLane(m.id() + " " + m.name(), CellRunner.endpointOf(m), endpoint, cap,
                    group);
            lanes.put(m.id(), new ModelLane(m, endpoint, limit, cap, local, group != null, lane));
        }
        // one model alone is measured one model at a time, whatever the setting
        return new EndpointPlan(lanes, new SpeedMeasurement(isolatedAny || models.size() == 1, sharedAny));
    }

    /** The lane of model {@code id}. */
    public SchedulerLane laneOf(long id) {
        ModelLane l = lanes.get(id);
        if (l == null) {
            throw new IllegalArgumentException("model " + id + " is not in the plan");
        }
        return l.lane();
    }

    /** Every model's place, in the order given. */
    public List<ModelLane> models() {
        return new ArrayList<>(lanes.values());
    }

    /** The endpoints of the run in the order their first model was given, each with its models. */
    public List<Endpoint> endpoints() {
        Map<String, List<ModelLane>> by = new LinkedHashMap<>();
        for (ModelLane l : lanes.values()) {
            by.computeIfAbsent(l.endpoint(), e -> new ArrayList<>()).add(l);
        }
        List<Endpoint> out = new ArrayList<>();
        by.forEach((e, ls) -> out.add(new Endpoint(e, ls.get(0).limit(), ls)));
        return out;
    }

    /** The models measured one after another, in the run's order. */
    public List<ModelConfig> isolatedModels() {
        return lanes.values().stream().filter(ModelLane::isolated).map(ModelLane::model).toList();
    }

    /** How the run's speeds are measured under this plan. */
    public SpeedMeasurement measurement() {
        return measurement;
    }

    /** A model's per-model concurrency override, {@code null} when it has none (or it is not a number). */
    public static Integer overrideOf(ModelConfig m) {
        String value = m.connection().option(ConnectionSettings.CONCURRENCY_OPTION);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the model runs on this machine: a GGUF file, or a server on localhost. */
    public static boolean isLocal(ModelConfig m) {
        if (m.provider() == ProviderKind.GGUF) {
            return true;
        }
        if (m.isBaseline() || m.provider() == ProviderKind.IMPORTED) {
            return false;
        }
        String url = baseUrlOf(m);
        if (url == null) {
            return false;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            return host != null && LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The endpoint a model shares with others: its base URL normalised (scheme and host in lower case, localhost
     * for every loopback name, the default port written out, no trailing slash, no query), its file for GGUF,
     * the provider (and region) when it has no base URL.
     */
    public static String endpointOf(ModelConfig m) {
        if (m.provider() == ProviderKind.GGUF) {
            return "gguf " + (m.path() == null ? m.name() : m.path());
        }
        if (m.isBaseline() || m.provider() == ProviderKind.IMPORTED) {
            return m.provider().id() + " " + m.name();
        }
        String url = baseUrlOf(m);
        if (url == null) {
            String region = m.connection().option(ConnectionSettings.REGION_OPTION);
            return m.provider().id() + (region == null ? "" : " " + region);
        }
        return normalise(url);
    }

    static String normalise(String url) {
        String raw = url.trim();
        try {
            URI u = URI.create(raw);
            if (u.getScheme() == null || u.getHost() == null) {
                return raw;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost().toLowerCase(Locale.ROOT);
            if (LOCAL_HOSTS.contains(host)) {
                host = "localhost";
            }
            int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return scheme + "://" + host + (port < 0 ? "" : ":" + port) + path;
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static String baseUrlOf(ModelConfig m) {
        if (m.baseUrl() != null && !m.baseUrl().isBlank()) {
            return m.baseUrl();
        }
        return m.provider() == ProviderKind.OLLAMA ? OLLAMA_DEFAULT : null;
    }
}
