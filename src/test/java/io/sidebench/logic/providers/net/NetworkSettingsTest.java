package io.sidebench.logic.providers.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.logic.providers.http.RequestDecorator;
import io.sidebench.logic.providers.lc4j.OpenAiCompatibleClient;
import io.sidebench.logic.providers.lc4j.StreamingCallRunner;
import io.sidebench.logic.providers.secrets.SecretScrubber;
import io.sidebench.model.ModelParams;
import io.sidebench.testsupport.ConnectProxy;
import io.sidebench.testsupport.TestCertificates;
import io.sidebench.testsupport.TlsChatServer;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkSettingsTest {
    private final TestCertificates certificates = TestCertificates.create();
    private final TlsChatServer server = new TlsChatServer(certificates.serverContext());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
        timer.shutdownNow();
    }

    private ModelResult ask(NetworkSettings network) {
        StreamingCallRunner runner = new StreamingCallRunner(server.baseUrl(), timer, Duration.ofSeconds(20),
                SecretScrubber.none(), Clock.systemUTC(), null, network, RequestDecorator.NONE);
        OpenAiCompatibleClient client = new OpenAiCompatibleClient(server.baseUrl(), "m", null, ModelParams.DEFAULTS,
                runner);
        return client.complete(new ChatRequest(List.of(ChatMessage.user("hi")), null, null, null), StreamListener.NONE,
                CancelToken.none());
    }

    @Test
    void serverSignedByACompanyCaIsTrustedOnlyWithItsBundle() {
        ModelResult without = ask(NetworkSettings.jdkDefaults());
        assertThat(without.isOk()).isFalse();
        assertThat(without.failure()).isNotEqualTo(FailureKind.TIMEOUT);
        assertThat(without.error()).contains("is not trusted").contains("--ca-bundle");

        Path bundle = certificates.writeCaBundle(dir.resolve("corp-ca.pem"));
        NetworkSettings withBundle = NetworkSettings.from(Map.of(), new Properties(), bundle.toString(), dir);
        ModelResult with = ask(withBundle);
        assertThat(with.isOk()).as(with.error()).isTrue();
        assertThat(with.text()).isEqualTo("secure hello");
        assertThat(withBundle.describe()).contains("corp-ca.pem");
    }

    @Test
    void bundleFromTheSettingsFileIsResolvedBesideIt() {
        certificates.writeCaBundle(dir.resolve("corp-ca.pem"));
        Properties file = new Properties();
        file.setProperty("ca-bundle", "corp-ca.pem");
        ModelResult result = ask(NetworkSettings.from(Map.of(), file, null, dir));
        assertThat(result.isOk()).as(result.error()).isTrue();
    }

    @Test
    void missingOrBrokenBundleIsAClearError() throws Exception {
        assertThatThrownBy(() -> NetworkSettings.from(Map.of(), new Properties(), dir.resolve("nope.pem").toString(), dir))
                .hasMessageContaining("CA bundle not found");
        Path junk = java.nio.file.Files.writeString(dir.resolve("junk.pem"), "not a certificate");
        assertThatThrownBy(() -> NetworkSettings.from(Map.of(), new Properties(), junk.toString(), dir))
                .hasMessageContaining("junk.pem");
    }

    @Test
    void requestTunnelsThroughAConnectProxy() {
        try (ConnectProxy proxy = new ConnectProxy()) {
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", proxy.port());
            Path bundle = certificates.writeCaBundle(dir.resolve("corp-ca.pem"));
            NetworkSettings viaProxy = new NetworkSettings(new EnvProxySelector(address, address, null, false),
                    TrustStores.context(bundle, false), "test proxy");
            ModelResult result = ask(viaProxy);
            assertThat(result.isOk()).as(result.error()).isTrue();
            assertThat(result.text()).isEqualTo("secure hello");
            assertThat(proxy.tunnels()).containsExactly("127.0.0.1:" + server.port());
        }
    }

    @Test
    void proxyVariablesAndNoProxyAreHonoured() {
        NetworkSettings settings = NetworkSettings.from(Map.of("https_proxy", "http://proxy.corp.example:3128",
                "NO_PROXY", "internal.example,.corp.example"), new Properties(), null, dir);
        assertThat(settings.describe()).contains("HTTPS_PROXY");
        EnvProxySelector selector = new EnvProxySelector(EnvProxySelector.parse("http://proxy.corp.example:3128"),
                null, "internal.example,.corp.example", true);
        assertThat(selector.select(URI.create("https://api.openai.com/v1")).get(0).type()).isEqualTo(Proxy.Type.HTTP);
        assertThat(selector.select(URI.create("https://api.openai.com/v1")).get(0).address())
                .isEqualTo(InetSocketAddress.createUnresolved("proxy.corp.example", 3128));
        assertThat(selector.select(URI.create("https://llm.internal.example/v1"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector.select(URI.create("https://gw.corp.example/v1"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector.select(URI.create("http://127.0.0.1:11434"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector.select(URI.create("http://plain.example"))).containsExactly(Proxy.NO_PROXY);
        assertThat(EnvProxySelector.parse("proxy:8080").getPort()).isEqualTo(8080);
        assertThatThrownBy(() -> EnvProxySelector.parse("http://user:secret@proxy:8080"))
                .hasMessageNotContaining("secret").hasMessageContaining("not supported");
    }

    @Test
    void theSettingsFolderFileIsRead() throws Exception {
        certificates.writeCaBundle(dir.resolve("corp-ca.pem"));
        java.nio.file.Files.writeString(dir.resolve(NetworkSettings.FILE_NAME),
                "proxy=http://proxy.corp.example:3128\nno-proxy=.corp.example\nca-bundle=corp-ca.pem\n");
        NetworkSettings settings = NetworkSettings.forConfigDir(dir);
        assertThat(settings.describe()).contains("proxy proxy.corp.example:3128").contains("corp-ca.pem");
    }

    @Test
    void settingsFileProxyWinsOverVariables() {
        Properties file = new Properties();
        file.setProperty("proxy", "none");
        NetworkSettings settings = NetworkSettings.from(Map.of("HTTPS_PROXY", "http://p:1"), file, null, dir);
        assertThat(settings.describe()).isEqualTo("no proxy");
        assertThat(NetworkSettings.from(Map.of(), new Properties(), null, dir)).isSameAs(NetworkSettings.jdkDefaults());
    }
}
