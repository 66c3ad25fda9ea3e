package io.github.mutualplan.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An example service that embeds mutual-plan in Spring Boot 4: plans made from the built-in catalogue for a
 * customer, kept in the plan store (H2 by default, PostgreSQL by configuration), read as JSON with their version as
 * the ETag, changed with {@code If-Match}, and rendered as the buyer's HTML page, a risk report, a forecast and an
 * iCalendar file. {@link PlanController} lists the endpoints; {@link ProblemHandler} the errors.
 *
 * <pre>
 * java -jar mutual-plan-examples/spring-boot/target/mutual-plan-example-spring-boot.jar
 * curl -i http://localhost:8080/plans/northwind-health -H 'X-Stakeholder: alex-kim'
 * </pre>
 */
@SpringBootApplication
public class MutualPlanService {
  /** For Spring, which makes the configuration class; {@link #main} starts the service. */
  public MutualPlanService() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments, such as {@code --server.port=9090} or
   *     {@code --spring.datasource.url=jdbc:postgresql://localhost/crm}
   */
  public static void main(String[] args) {
    SpringApplication.run(MutualPlanService.class, args);
  }
}
