package io.github.mutualplan.examples.springboot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP to the service on its port, with the JDK's client: what a caller of the service sends, headers and
 * all, and nothing of Spring's in between.
 */
final class Client {
  /** Reads the answers; plain Jackson 3, so the tests see the JSON as any client would. */
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  Client(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A request to a path of the service, as a stakeholder of the default tenant. */
  HttpRequest.Builder as(String stakeholder, String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header(Caller.STAKEHOLDER, stakeholder);
  }

  /** A POST of a JSON body. */
  static HttpRequest.Builder post(HttpRequest.Builder request, String json) {
    return request.header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /**
   * The request to create Northwind Health's plan under an identifier: the README's {@code northwind.json} of this
   * module, a 12,000-person health system under HIPAA and a deal of $480,000, so the catalogue's healthcare
   * template with the internal step of the deal desk (the sales manager approves the discount; the buyer never
   * sees it).
   */
  static String northwind(String id) {
    try {
      ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(Path.of("northwind.json")));
      return JSON.writeValueAsString(request.put("id", id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
