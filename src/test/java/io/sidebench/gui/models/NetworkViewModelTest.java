package io.sidebench.gui.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.providers.net.NetworkChoices;
import io.sidebench.logic.providers.net.NetworkSettings;
import io.sidebench.testsupport.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Company network settings on the Models screen: what the check finds, and what is written to network.properties. */
class NetworkViewModelTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    @TempDir
    Path dir;

    private NetworkViewModel vm(Map<String, String> env, String startupBundle, AtomicInteger saves) {
        return new NetworkViewModel(new SameThreadTaskExecutor(), messages,
                ModelServices.Network.inFolder(dir, env, startupBundle, saves::incrementAndGet));
    }

    @Test
    void theCheckSaysWhichProxyAndWhichCertificatesItFound() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        NetworkViewModel vm = vm(Map.of("HTTPS_PROXY", "http://proxy.corp.example:3128", "NO_PROXY", "localhost,.corp"),
                null, saves);
        vm.load();
        assertThat(vm.modeProperty().get()).isEqualTo(NetworkChoices.ProxyMode.ENVIRONMENT);
        vm.check();
        assertThat(vm.foundProperty().get()).contains("Proxy: proxy.corp.example:3128 (from HTTPS_PROXY / HTTP_PROXY).",
                "Reached directly: localhost, .corp.", "CA bundle: none", "checks stay on");

        Path bundle = TestCertificates.create().writeCaBundle(dir.resolve("company-ca.pem"));
        vm.modeProperty().set(NetworkChoices.ProxyMode.ADDRESS);
        vm.proxyProperty().set("not a proxy");
        assertThat(vm.validationProperty().get()).isEqualTo("Enter the proxy as host:port, like proxy.example.com:8080.");
        vm.proxyProperty().set("gw.corp.example:8080");
        vm.noProxyProperty().set("127.0.0.1");
        vm.caBundleProperty().set(bundle.toString());
        vm.check();
        assertThat(vm.foundProperty().get()).contains("Proxy: gw.corp.example:8080.",
                "CA bundle: " + bundle + ", 1 certificate(s): Sidebench Test Corporate CA.");
        vm.save();
        assertThat(vm.statusProperty().get()).startsWith("Saved");
        assertThat(saves).hasValue(1);
        assertThat(Files.readString(dir.resolve(NetworkSettings.FILE_NAME))).contains("proxy=gw.corp.example\\:8080",
                "no-proxy=127.0.0.1", "ca-bundle=");
        assertThat(NetworkSettings.forConfigDir(dir).describe()).contains("proxy gw.corp.example:8080", "CA bundle");

        // a bundle that is not there is said, and not saved
        vm.caBundleProperty().set(dir.resolve("missing.pem").toString());
        vm.save();
        assertThat(vm.foundProperty().get()).contains("CA bundle not found: " + dir.resolve("missing.pem"));
        assertThat(vm.statusProperty().get()).startsWith("Not saved");
        assertThat(saves).hasValue(1);
        NetworkViewModel again = vm(Map.of(), null, saves);
        again.load();
        assertThat(again.proxyProperty().get()).isEqualTo("gw.corp.example:8080");
        assertThat(again.caBundleProperty().get()).isEqualTo(bundle.toString());
    }

    @Test
    void aBundleGivenAtStartIsNamedAndTheSystemModeIsKept() throws Exception {
        Path bundle = TestCertificates.create().writeCaBundle(dir.resolve("start.pem"));
        NetworkViewModel vm = vm(Map.of(), bundle.toString(), new AtomicInteger());
        vm.load();
        vm.modeProperty().set(NetworkChoices.ProxyMode.SYSTEM);
        vm.check();
        assertThat(vm.foundProperty().get()).contains("Proxy: the system", "given at start (--ca-bundle)",
                "CA bundle: " + bundle);
        vm.save();
        assertThat(NetworkChoices.read(dir).mode()).isEqualTo(NetworkChoices.ProxyMode.SYSTEM);
    }
}
