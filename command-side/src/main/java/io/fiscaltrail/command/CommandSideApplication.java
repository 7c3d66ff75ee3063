package io.fiscaltrail.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The write side alone, against the MongoDB named by {@code MONGODB_URI}. */
@SpringBootApplication
public class CommandSideApplication {

  public static void main(String[] args) {
    SpringApplication.run(CommandSideApplication.class, args);
  }
}
