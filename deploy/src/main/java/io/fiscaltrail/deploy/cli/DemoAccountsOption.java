package io.fiscaltrail.deploy.cli;

import io.fiscaltrail.access.account.DemoAccounts;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * {@code --demo} also enables the demo accounts ({@code fiscaltrail.security.demo-accounts}), so
 * that the seed year it loads can be read at once. The setting is added last: one given
 * explicitly (e.g. {@code --fiscaltrail.security.demo-accounts=false}) wins.
 */
public class DemoAccountsOption implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    PropertySource<?> arguments =
        environment.getPropertySources().get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
    if (arguments != null && arguments.containsProperty(DemoData.OPTION)) {
      environment.getPropertySources().addLast(new MapPropertySource("demoAccounts", Map.of(DemoAccounts.PROPERTY, "true")));
    }
  }
}
