package io.fiscaltrail.deploy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fiscaltrail.access.account.AccountBootstrap;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.embedded.WireServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The first admin comes from the configuration; without it and without demo accounts, no start. */
@ExtendWith(OutputCaptureExtension.class)
class StartupTest {

  private final WireServer mongo = new WireServer();

  @AfterEach
  void stopStore() {
    mongo.close();
  }

  @Test
  void refusesToStartWithoutAnAdminPasswordNamingTheVariable(CapturedOutput output) {
    assertThatThrownBy(() -> start().close()).hasRootCauseInstanceOf(AccountBootstrap.NoAdminPassword.class);
    assertThat(output).contains("APPLICATION FAILED TO START", "FISCALTRAIL_ADMIN_PASSWORD", "--demo");
    assertThat(mongo.count("startup", "accounts")).isZero();
  }

  @Test
  void createsTheAdminFromTheConfiguredPasswordAsABcryptHash(CapturedOutput output) {
    try (ConfigurableApplicationContext context =
        start("--" + AccountBootstrap.ADMIN_PASSWORD_PROPERTY + "=a long admin secret")) {
      Document admin = context.getBean(MongoTemplate.class).findById("admin", Document.class, "accounts");
      assertThat(admin.getString("passwordHash")).startsWith("{bcrypt}$2a$10$").doesNotContain("a long admin secret");
      assertThat(admin.getList("roles", String.class)).containsExactly("ADMIN");
      assertThat(mongo.count("startup", "accounts")).as("no demo accounts").isOne();
    }
    assertThat(output).doesNotContain("a long admin secret").doesNotContain("DEMO ACCOUNTS");
  }

  @Test
  void announcesTheDemoAccountsLoudly(CapturedOutput output) {
    try (ConfigurableApplicationContext context = start("--fiscaltrail.security.demo-accounts=true")) {
      assertThat(mongo.count("startup", "accounts")).isEqualTo(3);
    }
    assertThat(output).contains("WARN").contains("DEMO ACCOUNTS ARE ENABLED");
  }

  private ConfigurableApplicationContext start(String... arguments) {
    String[] all = new String[arguments.length + 2];
    all[0] = "--server.port=0";
    all[1] = "--spring.data.mongodb.uri=" + mongo.uri("startup");
    System.arraycopy(arguments, 0, all, 2, arguments.length);
    return new SpringApplicationBuilder(FiscalTrailApplication.class).run(all);
  }
}
