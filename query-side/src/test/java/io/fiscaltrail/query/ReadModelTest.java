package io.fiscaltrail.query;

import io.fiscaltrail.access.AccessAutoConfiguration;
import io.fiscaltrail.access.account.DemoAccounts;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the read side: its web layer as Spring MVC serves it (MockMvc, Jackson, problem
 * details, the access rules) over the real projections and a real MongoDB wire server. Requests
 * are an auditor's (see {@link ReadModelTestConfiguration}). Every test class using it shares one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = DemoAccounts.PROPERTY + "=true")
@ImportAutoConfiguration(AccessAutoConfiguration.class)
@Import(ReadModelTestConfiguration.class)
public @interface ReadModelTest {}
