package io.fiscaltrail.query.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;

class DailyFiguresTest {

  private static final LocalDate JAN_1 = LocalDate.of(2022, 1, 1);

  @Test
  void figuresOverABaseAddToItAndLeaveItAsItWas() {
    DailyFigures base = DailyFigures.empty();
    base.add(JAN_1, Map.of("spent", 100L, "appropriated", 1_000L));
    base.add(JAN_1.plusDays(10), Map.of("spent", 50L));

    // a checkpoint as stored and decoded for sharing
    DailyFigures over = DailyFigures.over(FrozenDays.of(storedAndRead(LedgerDocuments.days(base))));
    over.add(JAN_1.plusDays(5), Map.of("spent", 7L, "reduced", 0L));
    over.add(JAN_1.plusDays(10), Map.of("spent", -50L));

    assertThat(over.totalsAsOf(JAN_1.plusDays(4))).isEqualTo(Map.of("appropriated", 1_000L, "spent", 100L));
    assertThat(over.totalsAsOf(JAN_1.plusDays(10)))
        .isEqualTo(Map.of("appropriated", 1_000L, "reduced", 0L, "spent", 107L));
    assertThat(over.figures()).containsExactly("appropriated", "reduced", "spent");
    assertThat(over.days()).isEqualTo(over.copy().days());
    assertThat(over.days().get(JAN_1.plusDays(10))).isEqualTo(Map.of("spent", 0L));

    assertThat(base.totalsAsOf(JAN_1.plusDays(10))).isEqualTo(Map.of("appropriated", 1_000L, "spent", 150L));
    assertThat(base.figures()).containsExactly("appropriated", "spent");
  }

  @Test
  void aFrozenCheckpointTotalsAsTheFiguresItWasStoredFrom() {
    DailyFigures figures = DailyFigures.empty();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 2_000; i++) {
      figures.add(JAN_1.plusDays(random.nextInt(365)), Map.of("f" + random.nextInt(12), random.nextLong(-500, 1_000)));
    }
    figures.add(JAN_1.plusDays(3), Map.of("nets-to-zero", 5L));
    figures.add(JAN_1.plusDays(3), Map.of("nets-to-zero", -5L));

    DailyFigures over = DailyFigures.over(FrozenDays.of(storedAndRead(LedgerDocuments.days(figures))));

    for (int day = 0; day < 366; day += 7) {
      assertThat(over.totalsAsOf(JAN_1.plusDays(day))).isEqualTo(figures.totalsAsOf(JAN_1.plusDays(day)));
    }
    assertThat(over.totalsAsOf(JAN_1.plusDays(3))).containsEntry("nets-to-zero", 0L);
    assertThat(over.figures()).isEqualTo(figures.figures());
    assertThat(over.days()).isEqualTo(figures.days());
  }

  /** The document as the driver encodes it and reads it back. */
  private static Document storedAndRead(BsonDocument written) {
    return new RawBsonDocument(written, new BsonDocumentCodec()).decode(new DocumentCodec());
  }
}
