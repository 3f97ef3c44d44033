package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The serve tests' HTTP client for one server: bounded timeouts, paths relative to the server's base
 * URL, and one retry on a fresh connection when a pooled one turns out to be closed.
 */
final class ServeClient {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final HttpClient http = newHttpClient();

    /** A client for the server at {@code base} (ending in "/"). */
    ServeClient(String base) {
        this.base = base;
    }

    /** A request to {@code path} (relative to the base, no leading "/"); an invalid URI throws IllegalArgumentException. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
    }

    /** GET {@code path}, with an Accept header unless {@code accept} is null. */
    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder b = request(path).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    /** POST {@code body} to {@code path}, with an Accept header unless {@code accept} is null. */
    HttpResponse<String> post(String path, String contentType, String body, String accept) {
        HttpRequest.Builder b = request(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException stale) {
                // Jetty closes a keep-alive connection after refusing a request whose body it did not
                // read; a pooled connection can be picked just before the close arrives. A client
                // opens a new connection and tries again (curl opens one per request anyway).
                return newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static HttpClient newHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }
}
