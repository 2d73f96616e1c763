package io.sidebench.logic.providers.bedrock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Checked against the worked example in AWS's SigV4 documentation (IAM ListUsers, 2015-08-30). */
class SigV4Test {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    @Test
    void matchesAwsPublishedWorkedExample() {
        Map<String, String> headers = new TreeMap<>(Map.of(
                "content-type", "application/x-www-form-urlencoded; charset=utf-8",
                "host", "iam.amazonaws.com",
                "x-amz-date", "20150830T123600Z"));
        String canonical = SigV4.canonicalRequest("GET", "/", "Action=ListUsers&Version=2010-05-08", headers,
                SigV4.hex(SigV4.sha256(new byte[0])));
        assertThat(canonical).isEqualTo("GET\n/\nAction=ListUsers&Version=2010-05-08\n"
                + "content-type:application/x-www-form-urlencoded; charset=utf-8\nhost:iam.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(SigV4.hex(SigV4.sha256(canonical.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
        assertThat(SigV4.hex(SigV4.signingKey(SECRET, "20150830", "us-east-1", "iam")))
                .isEqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
        assertThat(SigV4.signature(SECRET, "20150830T123600Z", "us-east-1", "iam", canonical))
                .isEqualTo("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
    }

    @Test
    void signProducesTheAuthorizationHeaderOfTheExample() {
        Map<String, String> out = SigV4.sign("GET", URI.create("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08"),
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), new byte[0],
                new AwsCredentials("AKIDEXAMPLE", SECRET, null), "us-east-1", "iam",
                Instant.parse("2015-08-30T12:36:00Z"));
        assertThat(out.get("authorization")).isEqualTo("AWS4-HMAC-SHA256 "
                + "Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date, "
                + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
        assertThat(out).containsEntry("x-amz-date", "20150830T123600Z").doesNotContainKey("x-amz-security-token");
    }

    @Test
    void pathSegmentsAreEncodedAgainAndQuerySorted() {
        assertThat(SigV4.canonicalUri("/model/anthropic.claude-v2%3A1/converse-stream"))
                .isEqualTo("/model/anthropic.claude-v2%253A1/converse-stream");
        assertThat(SigV4.canonicalQuery("b=2&a=x%20y&a=1")).isEqualTo("a=1&a=x%20y&b=2");
        assertThat(SigV4.hostHeader(URI.create("http://127.0.0.1:8123/x"))).isEqualTo("127.0.0.1:8123");
        assertThat(SigV4.hostHeader(URI.create("https://bedrock-runtime.us-east-1.amazonaws.com:443/x")))
                .isEqualTo("bedrock-runtime.us-east-1.amazonaws.com");
    }
}
