package io.fiscaltrail.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The read side alone, against the MongoDB named by {@code MONGODB_URI}. */
@SpringBootApplication
public class QuerySideApplication {

  public static void main(String[] args) {
    SpringApplication.run(QuerySideApplication.class, args);
  }
}
