package io.sidebench.logic.providers.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.model.ModelProfile;
import io.sidebench.model.ProviderKind;
import org.junit.jupiter.api.Test;

/** The enterprise and Chinese-vendor presets: hosts of open-weights models and where data is processed. */
class EnterprisePresetsTest {
    private final ProviderCatalogue catalogue = ProviderCatalogue.bundled();

    @Test
    void presetsForUsEuHostsAndChineseVendorsAreListed() {
        assertThat(catalogue.presets()).extracting(ProviderPreset::id).contains("together", "fireworks", "groq",
                "bedrock", "azure-ai-foundry", "deepinfra", "qianfan", "volcengine-ark", "hunyuan", "minimax",
                "stepfun", "baichuan");
        assertThat(catalogue.find("bedrock").orElseThrow().kind()).isEqualTo(ProviderKind.BEDROCK);
        assertThat(catalogue.find("azure-ai-foundry").orElseThrow().kind()).isEqualTo(ProviderKind.AZURE_OPENAI);
        for (String id : new String[] {"fireworks", "deepinfra", "bedrock", "azure-ai-foundry", "qianfan",
            "volcengine-ark", "hunyuan", "minimax", "stepfun", "baichuan"}) {
            ProviderPreset preset = catalogue.find(id).orElseThrow();
            assertThat(preset.dataHandling()).as(id).isNotBlank();
            assertThat(preset.models()).as(id).isNotEmpty().allSatisfy(m -> {
                assertThat(m.openWeights()).isNotNull();
                // no price was invented: the new presets leave prices to the vendor's page
                assertThat(m.input()).isNull();
                assertThat(m.output()).isNull();
            });
        }
    }

    @Test
    void theSameOpenModelHostedInTwoPlacesHasTwoRiskProfiles() {
        ModelProfile direct = catalogue.find("deepseek").orElseThrow().profileFor("deepseek-reasoner");
        ModelProfile onBedrock = catalogue.find("bedrock").orElseThrow().profileFor("us.deepseek.r1-v1:0");
        assertThat(direct.openWeights()).isTrue();
        assertThat(onBedrock.openWeights()).isTrue();
        assertThat(direct.jurisdiction()).isEqualTo("China");
        assertThat(onBedrock.jurisdiction()).startsWith("United States").contains("AWS region");
        assertThat(onBedrock.dataHandling()).contains("does not receive them");
        assertThat(onBedrock.licence()).isEqualTo("MIT");
    }
}
