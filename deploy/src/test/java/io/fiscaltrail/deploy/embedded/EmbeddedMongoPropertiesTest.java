package io.fiscaltrail.deploy.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedMongoPropertiesTest {

  @Test
  void defaultsToTheDataDirectoryHereAndAnyFreePort() {
    EmbeddedMongoProperties properties = EmbeddedMongoProperties.from(new MockEnvironment());

    assertThat(properties.dataDir()).isEqualTo(Path.of("./data").normalize());
    assertThat(properties.embeddedMongo().port()).isZero();
    assertThat(properties.embeddedMongo().flushInterval()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void derivedCollectionsAreTheRebuildableOnesAndNeverTheEvents() {
    EmbeddedMongoProperties properties = EmbeddedMongoProperties.from(new MockEnvironment());

    assertThat(properties.embeddedMongo().derivedCollections())
        .contains("trackingtokens", "snapshotevents", "budget_year_figures")
        .doesNotContain("domainevents", "eventsequence", "uniquekeys");
    // written before the event that needs them: they must never roll back apart from the events
    assertThat(properties.embeddedMongo().deferredCollections())
        .containsExactly("eventsequence");
  }

  @Test
  void bindsTheDocumentedNames() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("fiscaltrail.data-dir", "/var/lib/fiscaltrail")
        .withProperty("fiscaltrail.embedded-mongo.port", "27018")
        .withProperty("fiscaltrail.embedded-mongo.derived-collections", "trackingtokens,my_view")
        .withProperty("fiscaltrail.embedded-mongo.deferred-collections", "my_counter")
        .withProperty("fiscaltrail.embedded-mongo.flush-interval", "250ms");

    EmbeddedMongoProperties properties = EmbeddedMongoProperties.from(environment);

    assertThat(properties.dataDir()).isEqualTo(Path.of("/var/lib/fiscaltrail"));
    assertThat(properties.embeddedMongo().port()).isEqualTo(27018);
    assertThat(properties.embeddedMongo().derivedCollections()).containsExactlyInAnyOrder("trackingtokens", "my_view");
    assertThat(properties.embeddedMongo().deferredCollections()).containsExactly("my_counter");
    assertThat(properties.embeddedMongo().flushInterval()).isEqualTo(Duration.ofMillis(250));
  }
}
