package io.sidebench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.providers.BaseUrlPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain http:// is silent only for this machine and private networks; elsewhere usable with a warning. */
class BaseUrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:11434", "http://localhost:1234/v1", "http://LOCALHOST/v1",
        "http://127.5.6.7:8080/v1", "http://[::1]:8000/v1", "http://10.1.2.3/v1", "http://172.16.0.9:8000/v1",
        "http://172.31.255.255/v1", "http://192.168.1.20:11434", "http://169.254.10.10/v1", "http://100.64.0.1/v1",
        "http://[fd12:3456::1]:8080/v1", "http://[fe80::1%25eth0]:8080/v1", "http://gpu-box:8000/v1",
        "http://llm.local:8080/v1", "http://vllm.lan/v1", "http://inference.internal/v1", "http://box.home.arpa/v1",
        "http://api.localhost/v1", "http://[::ffff:192.168.0.1]/v1",
        "https://api.openai.com/v1", "https://api.deepseek.com", "  https://example.org/v1  "})
    void acceptedSilently(String url) {
        BaseUrlPolicy.Verdict verdict = BaseUrlPolicy.check(url);
        assertThat(verdict.warning()).as(url).isEmpty();
        assertThat(verdict.url()).isEqualTo(url.trim());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.openai.com/v1", "http://8.8.8.8/v1", "http://172.32.0.1/v1",
        "http://172.15.0.1/v1", "http://192.169.0.1/v1", "http://11.0.0.1/v1", "http://[2001:db8::1]/v1",
        "http://example.com.evil/v1", "http://localhost.example.com/v1", "http://2130706433/v1",
        "http://[::ffff:8.8.8.8]/v1"})
    void plainHttpElsewhereIsUsableWithAVisibleWarning(String url) {
        BaseUrlPolicy.Verdict verdict = BaseUrlPolicy.check(url);
        assertThat(verdict.warning()).as(url).isPresent();
        assertThat(verdict.warning().orElseThrow()).startsWith("warning: ").contains("plain http://")
                .contains("unencrypted").doesNotContain("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/", "data:text/plain,x",
        "api.openai.com/v1", "//api.openai.com/v1", "http://", "http:///v1", "https://user:secret@example.com/v1",
        "https://exa mple.com/", "https://example.com/v1#frag", "", "   ", "jar:file:/x.jar!/", "HTTP//x", "http://0x7f.0.0.1/v1"})
    void refusedWithAClearReason(String url) {
        assertThatThrownBy(() -> BaseUrlPolicy.check(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("secret")
                .hasMessageMatching("(?i).*(base URL|empty).*");
    }
}
