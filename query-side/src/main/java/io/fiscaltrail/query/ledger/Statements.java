package io.fiscaltrail.query.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The statements of one stream, in stream order; the one standing on a date is the latest effective. */
public final class Statements {

  private static final Comparator<Statement> EFFECTIVE_ORDER =
      Comparator.comparing(Statement::orderDate).thenComparingLong(s -> s.origin().sequence());

  private final List<Statement> statements;

  public Statements(List<Statement> statements) {
    this.statements = new ArrayList<>(statements);
  }

  public static Statements none() {
    return new Statements(List.of());
  }

  public void add(Statement statement) {
    statements.add(statement);
  }

  /** The statement of {@code figure} that stands on {@code date}: the latest effective on or before it. */
  public Optional<Statement> standing(String figure, LocalDate date) {
    return statements.stream()
        .filter(s -> s.values().containsKey(figure) && s.standsOn(date))
        .max(EFFECTIVE_ORDER);
  }

  /** The statement of {@code figure} with the latest effective date, whatever the date. */
  public Optional<Statement> latest(String figure) {
    return statements.stream().filter(s -> s.values().containsKey(figure)).max(EFFECTIVE_ORDER);
  }

  /** The statements recorded at or before {@code knownAt}. */
  public Statements knownAt(Instant knownAt) {
    return new Statements(statements.stream().filter(s -> s.origin().knownAt(knownAt)).toList());
  }

  public List<Statement> all() {
    return List.copyOf(statements);
  }
}
