package io.fiscaltrail.command.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How deep JSON input may nest. A command or an import record is a few levels deep; Jackson's own
 * limit (1000) would let a request make the parser and every tree walk do needless work. Deeper
 * input is refused with 400 ("body: is not valid JSON: Document nesting depth ... exceeds ...").
 */
@Configuration
public class JsonLimits implements WebMvcConfigurer {

  public static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder().maxNestingDepth(32).build();

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (HttpMessageConverter<?> converter : converters) {
      if (converter instanceof MappingJackson2HttpMessageConverter json) {
        ObjectMapper limited = json.getObjectMapper().copy();
        limited.getFactory().setStreamReadConstraints(CONSTRAINTS);
        json.setObjectMapper(limited);
      }
    }
  }
}
