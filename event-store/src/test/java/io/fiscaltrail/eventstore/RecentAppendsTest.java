package io.fiscaltrail.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** When a tracking read can be answered from what this process inserted, and when it must ask the store. */
class RecentAppendsTest {

  private final RecentAppends recent = new RecentAppends(5);

  @Test
  void aRangeOfNumbersThisProcessStoredIsAnsweredWithTheirDocumentsInOrder() {
    store(3, 4);
    store(5, 5);

    assertThat(numbers(recent.between(3, 5))).containsExactly(3L, 4L, 5L);
    assertThat(numbers(recent.exactly(List.of(5L, 3L)))).containsExactly(5L, 3L);
  }

  @Test
  void aNumberThisProcessIsStillInsertingIsAnsweredAsNotThereYet() {
    store(3, 3);
    recent.inserting(4, 5);

    assertThat(numbers(recent.between(3, 5))).containsExactly(3L);
    assertThat(numbers(recent.exactly(List.of(4L)))).isEmpty();
  }

  @Test
  void aNumberThisProcessDidNotInsertSendsTheReadToTheStore() {
    store(3, 3);
    store(5, 5);

    assertThat(recent.between(3, 5)).isNull();
    assertThat(recent.exactly(List.of(3L, 4L))).isNull();
  }

  @Test
  void aFailedInsertLeavesItsNumbersToTheStore() {
    recent.inserting(3, 4);
    recent.failed(3, 4);

    assertThat(recent.between(3, 4)).isNull();
  }

  @Test
  void theLowestNumbersAreDroppedForRoomAndThenReadFromTheStore() {
    store(1, 7);

    assertThat(recent.between(1, 3)).isNull();
    assertThat(numbers(recent.between(3, 7))).containsExactly(3L, 4L, 5L, 6L, 7L);
  }

  @Test
  void anEmptyRangeNeedsNoRead() {
    assertThat(recent.between(4, 3)).isEmpty();
    assertThat(recent.exactly(List.of())).isEmpty();
  }

  private void store(long first, long last) {
    recent.inserting(first, last);
    recent.stored(LongStream.rangeClosed(first, last).mapToObj(number -> new Document(EventDocuments.ID, number)).toList());
  }

  private static List<Long> numbers(List<Document> events) {
    return events.stream().map(EventDocuments::globalSequence).toList();
  }
}
