package io.fiscaltrail.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the read side: its web layer as Spring MVC serves it (MockMvc, Jackson, problem
 * details) over the real projections and a real MongoDB wire server. Every test class using it
 * shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import(ReadModelTestConfiguration.class)
public @interface ReadModelTest {}
