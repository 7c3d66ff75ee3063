package io.fiscaltrail.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two allocators on one counter stand for two processes writing to one store. */
class GlobalSequenceAllocatorTest {

  private static final Duration LONG_AGO = Duration.ofHours(1);

  private MongoServer server;
  private MongoClient client;
  private MongoCollection<Document> counter;

  @BeforeEach
  void startServer() {
    server = new MongoServer(new H2Backend(MVStore.open(null)));
    server.bind("127.0.0.1", 0);
    client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    counter = client.getDatabase("allocator").getCollection(GlobalSequenceAllocator.DEFAULT_COLLECTION);
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void numbersAreDenseAcrossProcessesAndTheExactHighestReadsTheCounter() {
    GlobalSequenceAllocator one = new GlobalSequenceAllocator(counter);
    GlobalSequenceAllocator two = new GlobalSequenceAllocator(counter);

    assertThat(one.highestAllocated()).isZero();
    assertThat(one.allocate(3)).isEqualTo(1);
    assertThat(two.allocate(2)).isEqualTo(4);
    assertThat(one.highestAllocated()).isEqualTo(5);
    assertThat(two.highestAllocated()).isEqualTo(5);
  }

  @Test
  void aRecentReadShowsThisProcesssNumbersAtOnceAndAnothersByTheNextRead() {
    GlobalSequenceAllocator reader = new GlobalSequenceAllocator(counter);
    GlobalSequenceAllocator other = new GlobalSequenceAllocator(counter);
    assertThat(reader.highestAllocated(LONG_AGO)).isZero(); // the first call reads the counter

    other.allocate(4);
    assertThat(reader.highestAllocated(LONG_AGO)).as("another process's numbers wait for a read").isZero();
    assertThat(reader.allocate(1)).isEqualTo(5);
    assertThat(reader.highestAllocated(LONG_AGO)).as("this process's own number at once").isEqualTo(5);

    other.allocate(2);
    assertThat(reader.highestAllocated(Duration.ZERO)).as("a read older than the age given").isEqualTo(7);
  }

  @Test
  void aCounterThatWasResetIsBelievedByTheNextRead() {
    GlobalSequenceAllocator allocator = new GlobalSequenceAllocator(counter);
    allocator.allocate(10);
    counter.deleteMany(new Document());

    assertThat(allocator.highestAllocated(Duration.ZERO)).isZero();
    assertThat(allocator.highestAllocated(LONG_AGO)).isZero();
  }

  @Test
  void aBlockHandsOutItsNumbersWithoutTheCounterAndGivesBackWhatIsLeftOfIt() {
    GlobalSequenceAllocator writer = holdingBlocksOfTen();
    GlobalSequenceAllocator reader = new GlobalSequenceAllocator(counter);

    assertThat(writer.allocate(1)).isEqualTo(1);
    assertThat(writer.allocate(2)).isEqualTo(2);
    assertThat(reader.highestAllocated()).as("the block is taken").isEqualTo(10);
    assertThat(writer.allocate(20)).as("more than is left: the rest goes back first").isEqualTo(4);
    assertThat(reader.highestAllocated()).isEqualTo(23);
  }

  @Test
  void theRestOfAWritersOwnBlockIsNotHandedOutToItsReaderUntilAnotherWriterTakesNumbersAfterIt() {
    GlobalSequenceAllocator writer = holdingBlocksOfTen();
    assertThat(writer.highestAllocated()).isZero();

    writer.allocate(3);
    assertThat(writer.highestAllocated()).as("1 to 3 of the block 1 to 10").isEqualTo(3);
    assertThat(new GlobalSequenceAllocator(counter).highestAllocated()).as("another process sees the counter").isEqualTo(10);
    writer.allocate(2);
    assertThat(writer.highestAllocated(LONG_AGO)).as("its own numbers at once").isEqualTo(5);

    new GlobalSequenceAllocator(counter).allocate(1);
    assertThat(writer.highestAllocated()).as("11 is another writer's, and 6 to 10 may still be handed out below it").isEqualTo(11);
  }

  @Test
  void whatIsLeftOfABlockStaysAGapWhenAnotherWriterTookNumbersSince() {
    GlobalSequenceAllocator one = holdingBlocksOfTen();
    GlobalSequenceAllocator two = new GlobalSequenceAllocator(counter);

    assertThat(one.allocate(1)).isEqualTo(1);
    assertThat(two.allocate(1)).isEqualTo(11);
    assertThat(one.allocate(10)).as("2 to 10 stay unused: the counter is past them").isEqualTo(12);
    assertThat(two.highestAllocated()).isEqualTo(21);
  }

  @Test
  void aNumberIsAboveTheFloorGivenEvenIfTheBlockIsBelowIt() {
    GlobalSequenceAllocator one = holdingBlocksOfTen();
    GlobalSequenceAllocator two = holdingBlocksOfTen();
    assertThat(one.allocate(1)).isEqualTo(1);
    // another process numbered a stream's event 11, after this block was taken
    assertThat(two.allocate(1)).isEqualTo(11);

    assertThat(one.allocate(1, 11)).isEqualTo(21);
    assertThat(one.allocate(1, 11)).as("the new block serves the next").isEqualTo(22);
  }

  @Test
  void aBlockPastItsLifetimeIsGivenBackAndTheNumbersStayDense() {
    GlobalSequenceAllocator writer = new GlobalSequenceAllocator(counter, 10, Duration.ZERO);

    assertThat(writer.allocate(1)).isEqualTo(1);
    assertThat(writer.allocate(1)).isEqualTo(2);
    assertThat(writer.allocate(3)).isEqualTo(3);
    assertThat(new GlobalSequenceAllocator(counter).highestAllocated()).isEqualTo(12);
  }

  /** A writer that takes ten numbers at a time and may use them for an hour. */
  private GlobalSequenceAllocator holdingBlocksOfTen() {
    return new GlobalSequenceAllocator(counter, 10, LONG_AGO);
  }
}
