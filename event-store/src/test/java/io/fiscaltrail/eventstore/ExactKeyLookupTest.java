package io.fiscaltrail.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExactKeyLookupTest {

  @Test
  void keysMissingBeforeTheLastOneFoundAreReadAgain() {
    assertThat(ExactKeyLookup.raceHoles(List.of(1L, 2L, 3L, 4L, 5L, 6L), Set.of(2L, 4L))).containsExactly(1L, 3L);
  }

  @Test
  void keysMissingAfterTheLastOneFoundAreNotYetWritten() {
    assertThat(ExactKeyLookup.raceHoles(List.of(1L, 2L, 3L), Set.of(1L, 2L))).isEmpty();
    assertThat(ExactKeyLookup.raceHoles(List.of(1L, 2L, 3L), Set.of())).isEmpty();
  }
}
