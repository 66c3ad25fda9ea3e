package io.github.mutualplan.examples.springboot;

import static io.github.mutualplan.examples.springboot.Client.json;
import static io.github.mutualplan.examples.springboot.Client.northwind;
import static io.github.mutualplan.examples.springboot.Client.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service as it starts with its own configuration, on H2 in memory, makes and stores a plan. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2DefaultTest {
  @LocalServerPort
  int port;

  @Autowired
  DataSource dataSource;

  @Test
  void startsOnH2AndCreatesAPlan() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:");
    }
    Client client = new Client(port);

    HttpResponse<String> created = client.send(post(client.as("alex-kim", "/plans"), northwind("on-h2")));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    HttpResponse<String> shared = client.send(post(client.as("alex-kim", "/plans/on-h2/changes"),
        "{\"type\": \"share-plan\"}").header("If-Match", "\"1\""));
    assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
    assertThat(json(client.send(client.as("alex-kim", "/plans/on-h2"))).get("version").asInt()).isEqualTo(2);
  }
}
