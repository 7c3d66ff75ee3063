package io.fiscaltrail.deploy.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedMongoPropertiesTest {

  @Test
  void defaultsToTheDataDirectoryHereAndAnyFreePort() {
    EmbeddedMongoProperties properties = EmbeddedMongoProperties.from(new MockEnvironment());

    assertThat(properties.dataDir()).isEqualTo(Path.of("./data").normalize());
    assertThat(properties.embeddedMongo().port()).isZero();
  }

  @Test
  void bindsTheDocumentedNames() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("fiscaltrail.data-dir", "/var/lib/fiscaltrail")
        .withProperty("fiscaltrail.embedded-mongo.port", "27018");

    EmbeddedMongoProperties properties = EmbeddedMongoProperties.from(environment);

    assertThat(properties.dataDir()).isEqualTo(Path.of("/var/lib/fiscaltrail"));
    assertThat(properties.embeddedMongo().port()).isEqualTo(27018);
  }
}
