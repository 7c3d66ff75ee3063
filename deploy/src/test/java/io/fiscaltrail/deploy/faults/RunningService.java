package io.fiscaltrail.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The all-in-one application on a MongoDB wire server, shared by the tests of this package (one
 * Spring context for all of them), with small body limits so that oversized bodies stay cheap.
 */
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      TestAccounts.DEMO_ACCOUNTS,
      "fiscaltrail.command.max-json-body=4KB",
      "fiscaltrail.command.max-import-body=64KB"
    })
abstract class RunningService {

  static final String DATABASE = "faults";
  static final WireServer MONGO = new WireServer();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri(DATABASE));
  }

  @LocalServerPort int port;
  @Autowired private RestClient.Builder clients;

  /** The one place where requests get their credentials: the demo admin's, by HTTP Basic. */
  RestClient api() {
    return clients.clone()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultHeader(HttpHeaders.AUTHORIZATION, TestAccounts.adminAuthorization())
        .build();
  }

  /** Posts {@code body} with the given headers (name, value, ...) and returns whatever comes back. */
  Answer post(String path, String contentType, byte[] body, String... headers) {
    return api().post().uri(path)
        .headers(h -> {
          h.set(HttpHeaders.CONTENT_TYPE, contentType);
          for (int i = 0; i < headers.length; i += 2) {
            h.set(headers[i], headers[i + 1]);
          }
        })
        .body(body)
        .exchange((request, response) -> new Answer(
            response.getStatusCode().value(), response.getHeaders(), response.bodyTo(byte[].class)));
  }

  Answer postJson(String path, String json, String... headers) {
    return post(path, MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8), headers);
  }

  JsonNode get(String path) {
    return api().get().uri(path).retrieve().body(JsonNode.class);
  }

  long storedEvents() {
    return MONGO.count(DATABASE, "domainevents");
  }

  /** An answer as it came: status, headers, body (empty when there is none). */
  record Answer(int status, HttpHeaders headers, byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The fields the problem's errors name. */
    java.util.List<String> fields() {
      return json().get("errors").findValuesAsText("field");
    }

    String text() {
      return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
  }
}
