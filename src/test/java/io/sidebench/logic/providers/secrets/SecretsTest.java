package io.sidebench.logic.providers.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {
    @TempDir
    Path home;

    @Test
    void credentialsFileIsOwnerOnly() throws Exception {
        CredentialsStore store = new CredentialsStore(home.resolve("cfg/sidebench/credentials.properties"));
        store.put("OPENAI_API_KEY", "sk-abc");
        assertThat(store.get("OPENAI_API_KEY")).hasValue("sk-abc");
        assertThat(store.names()).containsExactly("OPENAI_API_KEY");
        if (Files.getFileAttributeView(home, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())))
                    .isEqualTo("rwx------");
        }
        assertThat(store.remove("OPENAI_API_KEY")).isTrue();
        assertThat(store.get("OPENAI_API_KEY")).isEmpty();
    }

    @Test
    void aCredentialsFileOthersCanReadIsRefused() throws Exception {
        Path file = home.resolve("credentials.properties");
        Files.writeString(file, "K=v\n");
        if (Files.getFileAttributeView(home, java.nio.file.attribute.PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> new CredentialsStore(file).get("K")).hasMessageContaining("chmod 600")
                .hasMessageNotContaining("=v");
    }

    @Test
    void environmentWinsOverTheStore() {
        CredentialsStore store = new CredentialsStore(home.resolve("c.properties"));
        store.put("K", "from-store");
        store.put("ONLY_STORED", "stored");
        ApiKeyResolver resolver = new ApiKeyResolver(Map.of("K", "from-env")::get, store);
        assertThat(resolver.find("K")).hasValue("from-env");
        assertThat(resolver.find("ONLY_STORED")).hasValue("stored");
        assertThat(resolver.find("NONE")).isEmpty();
        assertThatThrownBy(() -> resolver.require("m", "NONE")).hasMessageContaining("NONE");
    }

    @Test
    void scrubberRemovesKeysFragmentsAndKeyShapedTokens() {
        String key = "sk-proj-SENTINEL0123456789abcdefXYZ";
        SecretScrubber scrubber = new SecretScrubber(List.of(key));
        assertThat(scrubber.scrub("bad key " + key + " given")).isEqualTo("bad key [secret] given");
        assertThat(scrubber.scrub("key sk-proj-SENTINEL012345****XYZ")).doesNotContain("SENTINEL");
        assertThat(scrubber.scrub("Authorization: Bearer abcdefghijkl")).isEqualTo("Authorization: Bearer [secret]");
        assertThat(scrubber.scrub("https://x/y?key=AIzaSyA1234567890abcdefghij")).doesNotContain("AIza");
        assertThat(SecretScrubber.none().scrub("nothing secret here")).isEqualTo("nothing secret here");
    }

    @Test
    void userConfigDirFollowsTheConventions() {
        assertThat(UserConfigDir.resolve(Map.of(), "/tmp/o", "Linux", "/home/u")).isEqualTo(Path.of("/tmp/o"));
        assertThat(UserConfigDir.resolve(Map.of("XDG_CONFIG_HOME", "/x"), null, "Linux", "/home/u"))
                .isEqualTo(Path.of("/x/sidebench"));
        assertThat(UserConfigDir.resolve(Map.of(), null, "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.config/sidebench"));
    }
}
