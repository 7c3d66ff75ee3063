package io.fiscaltrail.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cache's bound: it holds at most its capacity, and what it holds it hands back as put. */
class AggregateCacheTest {

  @Test
  void holdsNoMoreAggregatesThanItsCapacity() {
    try (AggregateCache cache = new AggregateCache(null, 3)) {
      IntStream.range(0, 10).forEach(year -> cache.put("dept/" + year, "year " + year));

      long held = IntStream.range(0, 10).filter(year -> cache.containsKey("dept/" + year)).count();
      assertThat(held).isEqualTo(3);
    }
  }

  @Test
  void handsBackTheSameObjectItWasGiven() {
    try (AggregateCache cache = new AggregateCache(null, 3)) {
      Object year = new Object();
      cache.put("dept/2022", year);

      assertThat((Object) cache.get("dept/2022")).isSameAs(year);
    }
  }
}
