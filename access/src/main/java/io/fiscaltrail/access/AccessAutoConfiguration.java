package io.fiscaltrail.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fiscaltrail.access.account.AccountAdminController;
import io.fiscaltrail.access.account.AccountBootstrap;
import io.fiscaltrail.access.account.AccountChanges;
import io.fiscaltrail.access.account.AccountStore;
import io.fiscaltrail.access.account.AccountUserDetailsService;
import io.fiscaltrail.access.account.Accounts;
import io.fiscaltrail.access.account.DemoAccounts;
import io.fiscaltrail.access.web.ApiProblems;
import io.fiscaltrail.access.web.LoginController;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.unit.DataSize;

/**
 * Who may do what, the same on every FiscalTrail web process (the all-in-one application and each
 * side alone): accounts in MongoDB, the filter chain of {@link AccessRules}, the login page and
 * the account administration. Processes without a web server (the command-line import) are
 * operators' tools with direct access to the store, and get none of it.
 */
@AutoConfiguration(
    before = {
      SecurityAutoConfiguration.class,
      UserDetailsServiceAutoConfiguration.class,
      OAuth2ResourceServerAutoConfiguration.class
    },
    beforeName = "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@Import({LoginController.class, AccountAdminController.class})
public class AccessAutoConfiguration {

  /** The command side's limit of an import sent over HTTP, which a recorder's import is read up to. */
  public static final String MAX_IMPORT_BODY_PROPERTY = "fiscaltrail.command.max-import-body";
  /** Its default there, which a test keeps equal. */
  public static final DataSize MAX_IMPORT_BODY_DEFAULT = DataSize.ofMegabytes(8);

  /** bcrypt, with the algorithm's name stored in front of each hash ({@code {bcrypt}$2a$10$…}). */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  AccountStore accountStore(MongoTemplate mongo) {
    return new AccountStore(mongo);
  }

  @Bean
  AccountChanges accountChanges(MongoTemplate mongo) {
    return new AccountChanges(mongo);
  }

  @Bean
  Accounts accounts(AccountStore store, AccountChanges changes, PasswordEncoder passwords) {
    return new Accounts(store, changes, passwords, Clock.systemUTC());
  }

  @Bean
  AccountUserDetailsService accountUserDetailsService(AccountStore store) {
    return new AccountUserDetailsService(store);
  }

  @Bean
  AccountBootstrap accountBootstrap(Accounts accounts, Environment environment) {
    String adminPassword = environment.getProperty(
        AccountBootstrap.ADMIN_PASSWORD_PROPERTY, environment.getProperty(AccountBootstrap.ADMIN_PASSWORD_VARIABLE));
    return new AccountBootstrap(
        accounts, adminPassword, environment.getProperty(DemoAccounts.PROPERTY, Boolean.class, false));
  }

  @Bean
  SecurityFilterChain fiscalTrailSecurity(
      HttpSecurity http, ObjectMapper json, ObjectProvider<JwtDecoder> jwt, Environment environment) throws Exception {
    DataSize maxImportBody = environment.getProperty(MAX_IMPORT_BODY_PROPERTY, DataSize.class, MAX_IMPORT_BODY_DEFAULT);
    return AccessRules.apply(http, new ApiProblems(json), jwt.getIfAvailable() != null, maxImportBody).build();
  }
}
