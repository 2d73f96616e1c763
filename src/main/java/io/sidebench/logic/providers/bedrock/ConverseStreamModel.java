package io.sidebench.logic.providers.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.sidebench.logic.util.Json;
import io.sidebench.model.ModelParams;
import java.io.EOFException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bedrock's ConverseStream API as a LangChain4j streaming model, so it runs through our measured HTTP
 * client and call runner like every provider: the request is {@code POST
 * {endpoint}/model/{modelId}/converse-stream}, SigV4-signed (service {@code bedrock}); the answer is an
 * AWS event stream ({@link EventStreamDecoder}) whose {@code contentBlockDelta} events carry text and
 * reasoning, {@code metadata} the token usage, {@code messageStop} the end. Exceptions sent inside the
 * stream ({@code throttlingException}, ...) become LangChain4j's matching exceptions.
 */
public final class ConverseStreamModel implements StreamingChatModel {
    static final String SERVICE = "bedrock";
    private final HttpClient http;
    private final String endpoint;
    private final String modelId;
    private final String region;
    private final AwsCredentials credentials;
    private final ModelParams params;
    private final Clock clock;

    public ConverseStreamModel(HttpClientBuilder http, String endpoint, String modelId, String region,
                               AwsCredentials credentials, ModelParams params, Clock clock) {
        this.http = http.build();
        this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.modelId = modelId;
        this.region = region;
        this.credentials = credentials;
        this.params = params;
        this.clock = clock;
    }

    /** Bedrock's regional runtime endpoint. */
    public static String endpointFor(String region) {
        return "https://bedrock-runtime." + region + ".amazonaws.com";
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        String body = Json.write(body(request));
        String url = endpoint + "/model/" + URLEncoder.encode(modelId, StandardCharsets.UTF_8).replace("+", "%20")
                + "/converse-stream";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("accept", "application/vnd.amazon.eventstream");
        Map<String, String> signature = SigV4.sign("POST", URI.create(url), headers,
                body.getBytes(StandardCharsets.UTF_8), credentials, region, SERVICE, clock.instant());
        HttpRequest.Builder builder = HttpRequest.builder().method(HttpMethod.POST).url(url).body(body);
        headers.forEach(builder::addHeader);
        signature.forEach(builder::addHeader);
        http.execute(builder.build(), new EventStreamParser(), new Events(handler));
    }

    private ObjectNode body(ChatRequest request) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode system = Json.mapper().createArrayNode();
        ArrayNode messages = root.putArray("messages");
        for (ChatMessage message : request.messages()) {
            if (message instanceof SystemMessage s) {
                system.addObject().put("text", s.text());
            } else if (message instanceof UserMessage u) {
                ObjectNode m = messages.addObject().put("role", "user");
                m.putArray("content").addObject().put("text", u.singleText());
            } else if (message instanceof AiMessage a) {
                ObjectNode m = messages.addObject().put("role", "assistant");
                m.putArray("content").addObject().put("text", a.text() == null ? "" : a.text());
            }
        }
        if (!system.isEmpty()) {
            root.set("system", system);
        }
        ObjectNode inference = Json.mapper().createObjectNode();
        if (params.maxTokens() != null) {
            inference.put("maxTokens", params.maxTokens());
        }
        if (params.temperature() != null) {
            inference.put("temperature", params.temperature());
        }
        if (params.topP() != null) {
            inference.put("topP", params.topP());
        }
        if (!inference.isEmpty()) {
            root.set("inferenceConfig", inference);
        }
        return root;
    }

    /** Turns the decoded events into the handler's calls. */
    private static final class Events implements ServerSentEventListener {
        private final StreamingChatResponseHandler handler;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder thinking = new StringBuilder();
        private TokenUsage usage;
        private String stopReason;
        private boolean failed;

        Events(StreamingChatResponseHandler handler) {
            this.handler = handler;
        }

        @Override
        public void onEvent(ServerSentEvent event) {
            if (failed) {
                return;
            }
            JsonNode data;
            try {
                data = Json.mapper().readTree(event.data());
            } catch (java.io.IOException e) {
                fail(e);
                return;
            }
            String type = event.event() == null ? "" : event.event();
            if (type.startsWith(EventStreamParser.EXCEPTION_PREFIX)) {
                fail(exception(type.substring(EventStreamParser.EXCEPTION_PREFIX.length()), data.path("message").asText("")));
                return;
            }
            switch (type) {
                case "contentBlockDelta" -> {
                    JsonNode delta = data.path("delta");
                    if (delta.path("text").isTextual()) {
                        text.append(delta.path("text").asText());
                        handler.onPartialResponse(delta.path("text").asText());
                    } else if (delta.path("reasoningContent").path("text").isTextual()) {
                        String piece = delta.path("reasoningContent").path("text").asText();
                        thinking.append(piece);
                        handler.onPartialThinking(new PartialThinking(piece));
                    }
                }
                case "messageStop" -> stopReason = data.path("stopReason").asText("end_turn");
                case "metadata" -> {
                    JsonNode u = data.path("usage");
                    if (u.isObject()) {
                        usage = new TokenUsage(u.path("inputTokens").asInt(), u.path("outputTokens").asInt());
                    }
                }
                default -> { }
            }
        }

        private static RuntimeException exception(String type, String message) {
            String text = type + (message.isBlank() ? "" : ": " + message);
            return switch (type) {
                case "throttlingException", "serviceUnavailableException" -> new RateLimitException(text);
                case "validationException" -> new InvalidRequestException(text);
                default -> new InternalServerException(text);
            };
        }

        private void fail(Throwable error) {
            failed = true;
            handler.onError(error);
        }

        @Override
        public void onError(Throwable error) {
            if (!failed) {
                fail(error);
            }
        }

        @Override
        public void onClose() {
            if (failed) {
                return;
            }
            if (stopReason == null) {
                fail(new EOFException("the Bedrock event stream ended before messageStop"));
                return;
            }
            AiMessage message = AiMessage.builder().text(text.toString())
                    .thinking(thinking.length() == 0 ? null : thinking.toString()).build();
            handler.onCompleteResponse(ChatResponse.builder().aiMessage(message).tokenUsage(usage)
                    .finishReason(stopReason.equals("max_tokens") ? FinishReason.LENGTH : FinishReason.STOP).build());
        }
    }
}
