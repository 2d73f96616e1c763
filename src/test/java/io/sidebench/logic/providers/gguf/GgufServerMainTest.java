package io.sidebench.logic.providers.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GgufServerMainTest {
    @Test
    void parsesItsArguments() {
        assertThat(GgufServerMain.parse(new String[] {"--model", "/m/x.gguf", "--port", "0", "--verbose"}))
                .containsEntry("model", "/m/x.gguf").containsEntry("port", "0").containsEntry("verbose", "true");
    }

    @Test
    void rejectsIncompleteArguments() {
        assertThatThrownBy(() -> GgufServerMain.parse(new String[] {"--port", "0"})).hasMessage("missing --model FILE");
        assertThatThrownBy(() -> GgufServerMain.parse(new String[] {"--model"})).hasMessage("missing value for --model");
        assertThatThrownBy(() -> GgufServerMain.parse(new String[] {"x.gguf"})).hasMessage("unexpected argument x.gguf");
    }
}
