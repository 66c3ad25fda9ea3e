package io.github.mutualplan.examples.springboot;

import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.jackson3.MutualPlanJackson3Module;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.store.JdbcPlanStore;
import io.github.mutualplan.template.Catalogue;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The library's parts as beans: the plan store on Boot's {@link DataSource}, the Jackson 3 module in Boot's
 * mapper, the catalogue, the risk assessor, the forecaster and the clock; and the {@link Caller} of each request.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceConfiguration {
  /** For Spring. */
  public ServiceConfiguration() {}

  /**
   * The plan store in the database of {@code spring.datasource.*}: Boot's pooled {@code DataSource} (HikariCP),
   * H2 or PostgreSQL. Building it makes or migrates the store's tables with Flyway, in a history table of its own
   * ({@code mp_schema_history}), so it lives beside a service's own migrations. Changes are made and histories
   * replayed under the standard policy; a service with rules of its own passes them to {@code policy(...)}.
   */
  @Bean
  JdbcPlanStore planStore(DataSource dataSource) {
    return JdbcPlanStore.builder(dataSource).build();
  }

  /**
   * The model in Boot's Jackson 3 mapper. Boot 4.0 adds every {@code JacksonModule} bean to the mapper it makes,
   * and also finds the modules on the class path ({@code spring.jackson.find-and-add-modules}, on by default),
   * which would find this one too (it is a service); as a bean it is plain to see, and a service with a policy of
   * its own gives it here, for the histories it reads ({@code new MutualPlanJackson3Module(policy)}): Jackson 3
   * keeps the last module of a name added.
   */
  @Bean
  MutualPlanJackson3Module mutualPlanModule() {
    return new MutualPlanJackson3Module();
  }

  /** The built-in catalogue of templates and rules. */
  @Bean
  Catalogue catalogue() {
    return Catalogue.builtIn();
  }

  /** The risk rules: the built-in ones and any found as services. */
  @Bean
  RiskAssessor riskAssessor() {
    return RiskAssessor.standard();
  }

  /** The close forecast: 10,000 trials with a fixed seed, so the same plan on the same day gives the same answer. */
  @Bean
  Forecaster forecaster() {
    return Forecaster.of(ForecastOptions.defaults());
  }

  /** The time of changes (the store keeps it to the microsecond) and the default as-of day. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Makes the {@link Caller} of each request a parameter the controller can take. */
  @Bean
  WebMvcConfigurer callerResolver() {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Caller.Resolver());
      }
    };
  }
}
