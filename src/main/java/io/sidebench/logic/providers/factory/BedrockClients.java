package io.sidebench.logic.providers.factory;

import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.bedrock.AwsCredentials;
import io.sidebench.logic.providers.bedrock.ConverseStreamModel;
import io.sidebench.logic.providers.lc4j.BedrockModelClient;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a Bedrock client: the region from the model's options, else {@code AWS_REGION} /
 * {@code AWS_DEFAULT_REGION}; the endpoint from the base URL (a VPC endpoint or gateway) or the region's
 * runtime endpoint; credentials from the standard AWS chain. The secret key and session token are
 * scrubbed from every message.
 */
final class BedrockClients {
    static final String SECRET_VARIABLE = "AWS_SECRET_ACCESS_KEY";

    private BedrockClients() {
    }

    static ModelClient create(ModelConfig config, String modelId, String endpoint, ApiKeyResolver keys, Path home,
                              Clock clock, AzureClients.Runners runners) {
        String region = config.connection().option(ConnectionSettings.REGION_OPTION);
        if (region == null) {
            region = keys.find("AWS_REGION").or(() -> keys.find("AWS_DEFAULT_REGION")).orElseThrow(() ->
                    new IllegalArgumentException("model '" + config.name() + "': no AWS region: add the model with "
                            + "--region (e.g. us-east-1) or set AWS_REGION"));
        }
        AwsCredentials credentials = AwsCredentials.resolve(config.name(), v -> keys.find(v).orElse(null), home);
        String url = endpoint != null ? endpoint : ConverseStreamModel.endpointFor(region);
        ConnectionDecorators.Resolved gateway = ConnectionDecorators.resolve(config, keys);
        List<String> secrets = new ArrayList<>(gateway.secrets());
        secrets.addAll(credentials.secrets());
        ConnectionDecorators.Resolved resolved = new ConnectionDecorators.Resolved(gateway.decorator(), secrets);
        return new BedrockModelClient(url, region, modelId, credentials, config.params(),
                runners.runner(url, null, SECRET_VARIABLE, resolved), clock);
    }
}
