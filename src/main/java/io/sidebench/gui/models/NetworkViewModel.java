package io.sidebench.gui.models;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.providers.net.NetworkCheck;
import io.sidebench.logic.providers.net.NetworkChoices;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The company network settings (what network.properties in the settings folder and --ca-bundle give):
 * the proxy, hosts reached directly, a CA bundle and the operating system's CA store; a check that says
 * what was found (proxy in use, the bundle's certificates, the OS store); saving applies to model
 * connections made from then on. Certificate checks are never turned off.
 */
public final class NetworkViewModel {
    private final TaskExecutor executor;
    private final Messages messages;
    private final ModelServices.Network network;
    private final ObjectProperty<NetworkChoices.ProxyMode> mode =
            new SimpleObjectProperty<>(this, "mode", NetworkChoices.ProxyMode.ENVIRONMENT);
    private final StringProperty proxy = new SimpleStringProperty(this, "proxy", "");
    private final StringProperty noProxy = new SimpleStringProperty(this, "noProxy", "");
    private final StringProperty caBundle = new SimpleStringProperty(this, "caBundle", "");
    private final BooleanProperty osStore = new SimpleBooleanProperty(this, "osStore");
    private final StringProperty found = new SimpleStringProperty(this, "found", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringBinding validation;

    public NetworkViewModel(TaskExecutor executor, Messages messages, ModelServices.Network network) {
        this.executor = executor == null ? new SameThreadTaskExecutor() : executor;
        this.messages = messages;
        this.network = network;
        validation = Bindings.createStringBinding(this::validate, mode, proxy);
    }

    /** Shows the saved settings. */
    public void load() {
        NetworkChoices c = network.load();
        mode.set(c.mode());
        proxy.set(c.proxy());
        noProxy.set(c.noProxy());
        caBundle.set(c.caBundle());
        osStore.set(c.osTrustStore());
        found.set("");
        status.set("");
    }

    String validate() {
        if (mode.get() == NetworkChoices.ProxyMode.ADDRESS) {
            String p = proxy.get().strip();
            if (p.isEmpty() || !p.matches("(?i)(https?://)?[A-Za-z0-9.\\-\\[\\]:]+(:\\d{1,5})?/?")) {
                return messages.get("network.error.proxy");
            }
        }
        return "";
    }

    public NetworkChoices choices() {
        return new NetworkChoices(mode.get(), proxy.get(), noProxy.get(), caBundle.get(), osStore.get());
    }

    /** Says what the choices find on this machine. */
    public void check() {
        NetworkChoices c = choices();
        found.set(messages.get("network.checking"));
        executor.submit("network-check", () -> network.check(c), report -> found.set(describe(report)),
                failure -> found.set(messages.format("status.error", FxTaskExecutor.reason(failure))));
    }

    /** Saves the choices (after checking them: a bundle that cannot be read is not saved). */
    public void save() {
        if (!validation.get().isEmpty()) {
            status.set(validation.get());
            return;
        }
        NetworkChoices c = choices();
        executor.submit("network-save", () -> {
            NetworkCheck.Report report = network.check(c);
            if (report.usable()) {
                network.save(c);
            }
            return report;
        }, report -> {
            found.set(describe(report));
            status.set(messages.get(report.usable() ? "network.saved" : "network.notSaved"));
        }, failure -> status.set(messages.format("status.error", FxTaskExecutor.reason(failure))));
    }

    /** The report in the user's words, one fact per line. */
    String describe(NetworkCheck.Report r) {
        List<String> lines = new ArrayList<>();
        lines.add(switch (r.proxyFound()) {
            case FROM_VARIABLES -> messages.format("network.found.variables", r.proxy());
            case NO_VARIABLES -> messages.get("network.found.noVariables");
            case SYSTEM -> messages.get("network.found.system");
            case NONE -> messages.get("network.found.none");
            case ADDRESS -> messages.format("network.found.address", r.proxy());
            case INVALID -> messages.format("network.found.invalid", r.proxyProblem());
        });
        if (!r.noProxy().isEmpty()) {
            lines.add(messages.format("network.found.noProxy", String.join(", ", r.noProxy())));
        }
        if (r.startupBundle() != null) {
            lines.add(messages.format("network.found.startupBundle", r.startupBundle()));
        }
        lines.add(switch (r.bundleFound()) {
            case NONE -> messages.get("network.found.noBundle");
            case FOUND -> messages.format("network.found.bundle", r.bundle(), r.certificates().size(),
                    String.join("; ", r.certificates()));
            case MISSING -> messages.format("network.found.bundleMissing", r.bundle());
            case UNREADABLE -> messages.format("network.found.bundleUnreadable", r.bundle(), r.bundleProblem());
        });
        if (r.osAsked()) {
            lines.add(r.osStore() == null ? messages.get("network.found.osMissing")
                    : messages.format("network.found.os", r.osStore(), r.osCertificates()));
        }
        lines.add(messages.get("network.found.checksOn"));
        return String.join("\n", lines);
    }

    public ObjectProperty<NetworkChoices.ProxyMode> modeProperty() {
        return mode;
    }

    public StringProperty proxyProperty() {
        return proxy;
    }

    public StringProperty noProxyProperty() {
        return noProxy;
    }

    public StringProperty caBundleProperty() {
        return caBundle;
    }

    public BooleanProperty osStoreProperty() {
        return osStore;
    }

    public StringProperty foundProperty() {
        return found;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringBinding validationProperty() {
        return validation;
    }
}
