package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.providers.check.CredentialSources;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;

/**
 * The credential lines of a model card: for each secret the model reads, whether its variable is set; for
 * Bedrock, where the AWS chain finds credentials; for Vertex, the application-default credentials file.
 * Names, files and sources only, never a value.
 */
final class CardCredentials {
    private CardCredentials() {
    }

    static List<Label> lines(ModelConfig m, ModelServices services, Messages messages) {
        List<Label> out = new ArrayList<>();
        if (m.provider() == ProviderKind.BEDROCK) {
            CredentialSources.Aws aws = services.sources().aws();
            boolean found = aws.source() != CredentialSources.AwsSource.NONE;
            out.add(line("model-key-" + m.id(), found ? messages.format("models.card.aws", aws.source()
                    == CredentialSources.AwsSource.ENVIRONMENT ? messages.get("models.card.awsEnvironment")
                    : messages.format("models.card.awsProfile", aws.profile(), aws.file()), aws.keyIdHint())
                    : messages.get("models.card.awsMissing"), found));
        } else if (m.provider() == ProviderKind.VERTEX) {
            CredentialSources.Google g = services.sources().google();
            boolean found = g.source() == CredentialSources.GoogleSource.VARIABLE_FILE
                    || g.source() == CredentialSources.GoogleSource.GCLOUD_FILE;
            out.add(line("model-key-" + m.id(), found ? messages.format("models.card.google", g.file())
                    : messages.get("models.card.googleMissing"), found));
        }
        for (CredentialNeeds.Need need : CredentialNeeds.of(m)) {
            if (need.variable() == null || need.optional() || CredentialNeeds.isAws(need)) {
                continue;
            }
            boolean set = services.keyIsSet().test(need.variable());
            String text = need.kind() == CredentialNeeds.Kind.HEADER
                    ? messages.format(set ? "models.card.headerSet" : "models.card.headerMissing", need.detail(),
                            need.variable())
                    : messages.format(set ? "models.card.keySet" : "models.card.keyMissing", need.variable());
            out.add(line(out.isEmpty() ? "model-key-" + m.id() : "model-key-" + m.id() + "-" + out.size(), text, set));
        }
        return out;
    }

    private static Label line(String id, String text, boolean ok) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(ok ? "answer-meta" : "validation");
        return label;
    }
}
