package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.providers.check.ConnectionRules;
import io.sidebench.model.ConnectionSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A model's extra HTTP headers and query parameters (for gateways such as LiteLLM, Portkey or Kong), in
 * the add form and on a model after adding. A header whose name says it carries a secret must take its
 * value from a variable ({@code env:NAME}): a literal value is refused, as on the command line; a literal
 * value shaped like a key is warned about. Values from variables are resolved only when a model is called.
 */
public final class ConnectionForm {
    /** One header or query parameter row. */
    public static final class Entry {
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final StringProperty value = new SimpleStringProperty(this, "value", "");

        Entry(String name, String value) {
            this.name.set(name);
            this.value.set(value);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty valueProperty() {
            return value;
        }

        String trimmedName() {
            return name.get() == null ? "" : name.get().strip();
        }

        String trimmedValue() {
            return value.get() == null ? "" : value.get().strip();
        }
    }

    private final Messages messages;
    private final ObservableList<Entry> headers = FXCollections.observableArrayList(e -> new Observable[] {
        e.nameProperty(), e.valueProperty()});
    private final ObservableList<Entry> query = FXCollections.observableArrayList(e -> new Observable[] {
        e.nameProperty(), e.valueProperty()});
    private final StringBinding validation;
    private final StringBinding warning;
    private Map<String, String> options = Map.of();

    public ConnectionForm(Messages messages) {
        this.messages = messages;
        validation = Bindings.createStringBinding(this::validate, headers, query);
        warning = Bindings.createStringBinding(this::warn, headers, query);
    }

    /** Shows a model's settings (keeping its provider options, which this form does not edit). */
    public void load(ConnectionSettings settings) {
        ConnectionSettings s = settings == null ? ConnectionSettings.NONE : settings;
        headers.setAll(s.headers().entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList());
        query.setAll(s.query().entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList());
        options = s.options();
    }

    public void clear() {
        load(ConnectionSettings.NONE);
    }

    public Entry addHeader() {
        Entry e = new Entry("", "");
        headers.add(e);
        return e;
    }

    public Entry addQuery() {
        Entry e = new Entry("", "");
        query.add(e);
        return e;
    }

    public void remove(Entry e) {
        headers.remove(e);
        query.remove(e);
    }

    /** The first problem, in the user's words, or "". Rows left wholly blank are ignored. */
    String validate() {
        Map<String, Boolean> seen = new java.util.HashMap<>();
        for (Entry e : headers) {
            String n = e.trimmedName();
            String v = e.trimmedValue();
            if (n.isEmpty() && v.isEmpty()) {
                continue;
            }
            if (n.isEmpty()) {
                return messages.get("models.headers.error.noName");
            }
            if (seen.put(n.toLowerCase(java.util.Locale.ROOT), true) != null) {
                return messages.format("models.headers.error.twice", n);
            }
            var problem = ConnectionRules.header(n, v);
            if (problem.isPresent()) {
                return switch (problem.get()) {
                    case INVALID_NAME -> messages.format("models.headers.error.name", n);
                    case RESTRICTED -> messages.format("models.headers.error.restricted", n);
                    case LOOKS_SECRET -> messages.format("models.headers.error.secret", n);
                    case BAD_VARIABLE -> messages.format("models.headers.error.variable", n);
                };
            }
        }
        for (Entry e : query) {
            if (e.trimmedName().isEmpty() && !e.trimmedValue().isEmpty()) {
                return messages.get("models.query.error.noName");
            }
        }
        return "";
    }

    /** A warning that does not block saving (a literal value shaped like a key), or "". */
    String warn() {
        for (Entry e : headers) {
            if (ConnectionRules.looksLikeSecretValue(e.trimmedValue())) {
                return messages.format("models.headers.warn.secretValue", e.trimmedName());
            }
        }
        for (Entry e : query) {
            if (!e.trimmedName().isEmpty() && ConnectionRules.looksLikeSecretQuery(e.trimmedName(), e.trimmedValue())) {
                return messages.format("models.query.warn.secret", e.trimmedName());
            }
        }
        return "";
    }

    /** The settings as filled in, with the given provider options (call only when valid). */
    public ConnectionSettings toSettings(Map<String, String> providerOptions) {
        Map<String, String> h = new LinkedHashMap<>();
        for (Entry e : headers) {
            if (!e.trimmedName().isEmpty()) {
                h.put(e.trimmedName(), e.trimmedValue());
            }
        }
        Map<String, String> q = new LinkedHashMap<>();
        for (Entry e : query) {
            if (!e.trimmedName().isEmpty()) {
                q.put(e.trimmedName(), e.trimmedValue());
            }
        }
        ConnectionSettings s = new ConnectionSettings(h, q, providerOptions);
        return s.hasNothing() ? ConnectionSettings.NONE : s;
    }

    /** As {@link #toSettings(Map)}, keeping the options of the model last {@link #load loaded}. */
    public ConnectionSettings toSettings() {
        return toSettings(options);
    }

    public ObservableList<Entry> headers() {
        return headers;
    }

    public ObservableList<Entry> query() {
        return query;
    }

    public StringBinding validationProperty() {
        return validation;
    }

    public StringBinding warningProperty() {
        return warning;
    }

    Observable[] dependencies() {
        return new Observable[] {headers, query};
    }
}
