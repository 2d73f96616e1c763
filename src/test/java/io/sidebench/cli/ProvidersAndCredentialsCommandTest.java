package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.logic.providers.secrets.UserConfigDir;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidersAndCredentialsCommandTest {
    @TempDir
    Path dir;
    private String out;
    private String err;

    @BeforeEach
    void setUp() {
        System.setProperty(UserConfigDir.PROPERTY, dir.toString());
    }

    @AfterEach
    void tearDown() {
        System.clearProperty(UserConfigDir.PROPERTY);
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = SidebenchCli.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void providersListShowsPresetsWithPricesAndTheirDate() throws Exception {
        assertThat(run("providers", "list")).isZero();
        assertThat(out).contains("Prices: USD per million").contains("deepseek").contains("api.groq.com")
                .contains("open weights").contains("11434");
        assertThat(run("providers", "list", "--json")).isZero();
        assertThat(out).contains("\"id\" : \"moonshot\"");
        // the JSON is the user file's format: saved and edited, it is merged back
        String edited = out.replace("\"baseUrl\" : \"https://api.groq.com/openai/v1\"",
                "\"baseUrl\" : \"https://groq.example/v1\"");
        java.nio.file.Files.writeString(dir.resolve("providers.json"), edited);
        assertThat(run("providers", "list")).isZero();
        assertThat(out).contains("https://groq.example/v1").doesNotContain("api.groq.com");
    }

    @Test
    void credentialsAreStoredFromStdinAndListedByNameOnly() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("sk-secret-value-123\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("credentials", "set", "MY_KEY")).as(err).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(out).contains("Stored MY_KEY").doesNotContain("sk-secret");
        assertThat(new CredentialsStore(dir.resolve(CredentialsStore.FILE_NAME)).get("MY_KEY"))
                .hasValue("sk-secret-value-123");
        assertThat(run("credentials", "list")).isZero();
        assertThat(out.strip()).isEqualTo("MY_KEY");
        assertThat(run("credentials", "remove", "MY_KEY")).isZero();
        assertThat(run("credentials", "remove", "MY_KEY")).isEqualTo(1);
    }
}
