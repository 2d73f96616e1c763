package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.providers.bedrock.ConverseStreamModel;
import io.sidebench.logic.providers.catalogue.ProviderPreset;
import io.sidebench.logic.providers.check.ConnectionRules;
import io.sidebench.logic.providers.check.CredentialSources;
import io.sidebench.model.ConnectionSettings;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * AWS Bedrock: the region (the data stays in it), the Bedrock model id, and the AWS credentials of the
 * standard chain (variables, or a profile in the shared credentials file), shown by source and key id
 * hint, never by secret. The base URL is optional: a VPC endpoint or gateway in front of Bedrock.
 */
public final class BedrockForm implements ProviderForm {
    private static final Pattern RUNTIME = Pattern.compile("(?i)https://bedrock-runtime\\.([a-z0-9-]+)\\.amazonaws\\.com/?");

    private final Messages messages;
    private final CredentialSources sources;
    private final StringProperty region = new SimpleStringProperty(this, "region", "");

    BedrockForm(Messages messages, CredentialSources sources) {
        this.messages = messages;
        this.sources = sources;
    }

    @Override
    public Observable[] dependencies() {
        return new Observable[] {region};
    }

    @Override
    public void apply(ProviderPreset preset) {
        String fromPreset = null;
        if (preset != null && preset.baseUrl() != null) {
            Matcher m = RUNTIME.matcher(preset.baseUrl());
            fromPreset = m.matches() ? m.group(1) : null;
        }
        region.set(sources.setting("AWS_REGION").or(() -> sources.setting("AWS_DEFAULT_REGION"))
                .orElse(fromPreset != null ? fromPreset : "us-east-1"));
    }

    @Override
    public String validate(String url, String model, String key) {
        if (!ConnectionRules.isRegion(region.get().strip())) {
            return messages.get("models.bedrock.error.region");
        }
        if (!url.isEmpty() && !url.matches("(?i)https?://\\S+")) {
            return messages.get("models.bedrock.error.endpoint");
        }
        return model.isEmpty() ? messages.get("models.bedrock.error.model") : "";
    }

    @Override
    public Map<String, String> options() {
        return Map.of(ConnectionSettings.REGION_OPTION, region.get().strip());
    }

    @Override
    public String credentialStatus(String key) {
        CredentialSources.Aws aws = sources.aws();
        String session = aws.sessionToken() ? messages.get("models.bedrock.withSession") : "";
        return switch (aws.source()) {
            case ENVIRONMENT -> messages.format("models.bedrock.fromEnvironment", aws.keyIdHint(), session);
            case PROFILE_FILE -> messages.format("models.bedrock.fromProfile", aws.profile(), aws.file(),
                    aws.keyIdHint(), session);
            case NONE -> messages.format("models.bedrock.none", aws.profile(), aws.file());
        };
    }

    @Override
    public String keyVariable(String key) {
        return null;
    }

    /** The region's standard runtime endpoint is not stored: the region chooses it. */
    @Override
    public String baseUrl(String url) {
        return url.isEmpty() || RUNTIME.matcher(url).matches() && url.toLowerCase(java.util.Locale.ROOT)
                .startsWith(ConverseStreamModel.endpointFor(region.get().strip())) ? null : url;
    }

    /** A preset's standard runtime endpoint, which the region replaces in the form. */
    static boolean isStandardEndpoint(String url) {
        return url != null && RUNTIME.matcher(url).matches();
    }

    public StringProperty regionProperty() {
        return region;
    }
}
