package io.sidebench.logic.providers.lc4j;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;

/** Maps what went wrong in a call (HTTP status first, then the exception) to a {@link FailureKind}. */
final class FailureClassifier {
    private FailureClassifier() {
    }

    static FailureKind forStatus(int status) {
        if (status == 429) {
            return FailureKind.RATE_LIMITED;
        }
        if (status == 401 || status == 403) {
            return FailureKind.AUTHENTICATION;
        }
        if (status == 408) {
            return FailureKind.TIMEOUT;
        }
        if (status >= 500) {
            return FailureKind.SERVER_ERROR;
        }
        return FailureKind.CLIENT_ERROR;
    }

    static FailureKind forThrowable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                return forStatus(http.statusCode());
            }
            if (t instanceof RateLimitException) {
                return FailureKind.RATE_LIMITED;
            }
            if (t instanceof AuthenticationException) {
                return FailureKind.AUTHENTICATION;
            }
            if (t instanceof InternalServerException) {
                return FailureKind.SERVER_ERROR;
            }
            if (t instanceof InvalidRequestException || t instanceof ModelNotFoundException) {
                return FailureKind.CLIENT_ERROR;
            }
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return FailureKind.TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof ClosedChannelException) {
                return FailureKind.CONNECTION;
            }
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException
                    || t instanceof io.sidebench.logic.providers.http.MalformedChunkException) {
                return FailureKind.BAD_RESPONSE;
            }
        }
        FailureKind network = io.sidebench.logic.providers.FailureMessages.kindOf(error);
        if (network != null) {
            return network;
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return FailureKind.CONNECTION;
            }
        }
        return FailureKind.BAD_RESPONSE;
    }

    /** A one-line reason from a provider's JSON error body (OpenAI, Anthropic, Gemini, Ollama shapes). */
    static String reasonFromBody(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String reason = body;
        try {
            JsonNode root = Json.mapper().readTree(body);
            JsonNode error = root.path("error");
            if (error.isTextual()) {
                reason = error.asText();
            } else if (error.path("message").isTextual()) {
                reason = error.path("message").asText();
            } else if (root.path("message").isTextual()) {
                reason = root.path("message").asText();
            }
        } catch (IOException | RuntimeException notJson) {
            // keep the raw body
        }
        return oneLine(reason);
    }

    static String oneLine(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }

    /** A short description of an exception chain, for the error column. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = error.getMessage();
        if (message == null || message.isBlank() || (root != error && root.getMessage() != null
                && message.contains(root.getClass().getName()))) {
            message = root.getMessage();
        }
        String kind = root.getClass().getSimpleName();
        return oneLine(message == null || message.isBlank() ? kind : kind + ": " + message);
    }
}
