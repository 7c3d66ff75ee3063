package io.fiscaltrail.query;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.fiscaltrail.access.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The whole read side (projections, repositories, figures, controllers) on a real in-process
 * MongoDB wire server with the H2 backend the embedded default uses, without Axon's runtime: tests
 * hand events to the projections themselves. The application class is left out so that no
 * auto-configuration (Axon, the event store) starts.
 */
@Configuration
@ComponentScan(
    basePackages = "io.fiscaltrail.query",
    excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = QuerySideApplication.class))
public class ReadModelTestConfiguration {

  /** Today on the books' clock, for requests without {@code asOf}. */
  public static final Instant NOW = Instant.parse("2023-06-30T02:00:00Z");

  @Bean(destroyMethod = "shutdownNow")
  MongoServer mongoServer() {
    MongoServer server = new MongoServer(H2Backend.inMemory());
    server.bind("127.0.0.1", 0);
    return server;
  }

  @Bean(destroyMethod = "close")
  MongoClient mongoClient(MongoServer server) {
    return MongoClients.create(server.getConnectionString());
  }

  @Bean
  MongoTemplate mongoTemplate(MongoClient client) {
    return new MongoTemplate(client, "fiscaltrail-test");
  }

  @Bean
  @Primary
  Clock testClock() {
    return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
  }

  /**
   * Every request signed in as an auditor, who reads everything; the accounts collection goes
   * with the store that tests clear, so the principal is given rather than looked up.
   */
  @Bean
  MockMvcBuilderCustomizer signedInAsAuditor() {
    return builder -> builder.defaultRequest(get("/").with(user("auditor").roles(Role.AUDITOR.name())));
  }

  @Bean
  ReadModel readModel(ApplicationContext context, MongoTemplate mongo) {
    return new ReadModel(context, mongo);
  }
}
