package io.sidebench.logic.providers.bedrock;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for one request (header form), per AWS's "Create a signed AWS API request"
 * guide: canonical request (path segments URI-encoded again, as for every service but S3; sorted query;
 * lower-case sorted headers with collapsed whitespace; SHA-256 of the body), string to sign, derived key
 * HMAC chain, and the {@code Authorization} header. Verified against AWS's published worked example.
 */
public final class SigV4 {
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private SigV4() {
    }

    /**
     * The headers to add to the request: {@code x-amz-date}, {@code x-amz-security-token} (temporary keys)
     * and {@code authorization}.
     *
     * @param headers the other headers to sign (name to value), {@code host} excluded: it is taken from the URI
     */
    public static Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body,
                                           AwsCredentials credentials, String region, String service, Instant now) {
        String amzDate = AMZ_DATE.format(now);
        Map<String, String> signed = new TreeMap<>();
        headers.forEach((k, v) -> signed.put(k.toLowerCase(Locale.ROOT), v));
        signed.put("host", hostHeader(uri));
        signed.put("x-amz-date", amzDate);
        if (credentials.sessionToken() != null) {
            signed.put("x-amz-security-token", credentials.sessionToken());
        }
        String canonical = canonicalRequest(method, uri.getRawPath(), uri.getRawQuery(), signed, hex(sha256(body)));
        String scope = amzDate.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
        String signature = signature(credentials.secretAccessKey(), amzDate, region, service, canonical);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("x-amz-date", amzDate);
        if (credentials.sessionToken() != null) {
            out.put("x-amz-security-token", credentials.sessionToken());
        }
        out.put("authorization", ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope
                + ", SignedHeaders=" + String.join(";", signed.keySet()) + ", Signature=" + signature);
        return out;
    }

    /** The Host header as the HTTP client sends it: the port only when it is not the scheme's default. */
    public static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443)
                || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    /** @param headers lower-case names to values, all of them signed */
    public static String canonicalRequest(String method, String rawPath, String rawQuery, Map<String, String> headers,
                                          String payloadHash) {
        StringBuilder out = new StringBuilder();
        out.append(method).append('\n').append(canonicalUri(rawPath)).append('\n').append(canonicalQuery(rawQuery))
                .append('\n');
        Map<String, String> sorted = new TreeMap<>();
        headers.forEach((k, v) -> sorted.put(k.toLowerCase(Locale.ROOT), v.trim().replaceAll("\\s+", " ")));
        sorted.forEach((k, v) -> out.append(k).append(':').append(v).append('\n'));
        out.append('\n').append(String.join(";", sorted.keySet())).append('\n').append(payloadHash);
        return out.toString();
    }

    /** The hex signature of a canonical request. */
    public static String signature(String secret, String amzDate, String region, String service, String canonical) {
        String date = amzDate.substring(0, 8);
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + date + "/" + region + "/" + service + "/aws4_request\n"
                + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = signingKey(secret, date, region, service);
        return hex(hmac(key, stringToSign));
    }

    static byte[] signingKey(String secret, String date, String region, String service) {
        byte[] k = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        k = hmac(k, region);
        k = hmac(k, service);
        return hmac(k, "aws4_request");
    }

    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String[] segments = rawPath.split("/", -1);
        List<String> out = new ArrayList<>();
        for (String segment : segments) {
            out.add(encode(segment));
        }
        return String.join("/", out);
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        TreeMap<String, List<String>> params = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq >= 0 ? pair.substring(0, eq) : pair, StandardCharsets.UTF_8);
            String v = eq >= 0 ? URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8) : "";
            params.computeIfAbsent(encode(k), x -> new ArrayList<>()).add(encode(v));
        }
        List<String> out = new ArrayList<>();
        params.forEach((k, vs) -> vs.stream().sorted().forEach(v -> out.add(k + "=" + v)));
        return String.join("&", out);
    }

    /** RFC 3986 percent-encoding of everything but the unreserved characters, upper-case hex. */
    static String encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
