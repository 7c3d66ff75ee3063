package io.fiscaltrail.deploy.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.access.AccessAutoConfiguration;
import io.fiscaltrail.command.config.CommandSideProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/**
 * The access rules read a recorder's import up to the command side's import limit: the same
 * property, and when it is not set the same default, so that neither refuses what the other
 * would take.
 */
class ImportLimitTest {

  @Test
  void theAccessRulesReadTheCommandSidesImportLimit() {
    MockEnvironment set = new MockEnvironment().withProperty(AccessAutoConfiguration.MAX_IMPORT_BODY_PROPERTY, "3MB");

    assertThat(commandSide(set).maxImportBody().toMegabytes()).isEqualTo(3);
    assertThat(commandSide(new StandardEnvironment()).maxImportBody())
        .isEqualTo(AccessAutoConfiguration.MAX_IMPORT_BODY_DEFAULT);
  }

  private static CommandSideProperties commandSide(Environment environment) {
    return Binder.get(environment).bindOrCreate("fiscaltrail.command", CommandSideProperties.class);
  }
}
