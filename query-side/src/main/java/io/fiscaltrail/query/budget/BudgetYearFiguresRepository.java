package io.fiscaltrail.query.budget;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores one document per fiscal year, keyed by the year's id: every read and write is an exact
 * {@code _id} lookup, which the embedded server answers from its index instead of a scan.
 */
@Repository
public class BudgetYearFiguresRepository {

  static final String COLLECTION = "budget_year_figures";

  private final MongoCollection<Document> collection;

  BudgetYearFiguresRepository(MongoTemplate mongo) {
    this.collection = mongo.getCollection(COLLECTION);
  }

  public Optional<BudgetYearFigures> find(BudgetYearId budgetYear) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", budgetYear.toString())).first())
        .map(BudgetYearFiguresRepository::fromDocument);
  }

  public void save(BudgetYearFigures figures) {
    collection.replaceOne(
        Filters.eq("_id", figures.budgetYear().toString()),
        toDocument(figures),
        new ReplaceOptions().upsert(true));
  }

  public void deleteAll() {
    collection.deleteMany(new Document());
  }

  private static Document toDocument(BudgetYearFigures figures) {
    Document days = new Document();
    figures.days().forEach((date, values) -> {
      Document day = new Document();
      values.forEach((figure, fen) -> day.append(figure.key(), fen));
      days.append(date.toString(), day);
    });
    return new Document("_id", figures.budgetYear().toString())
        .append("department", figures.budgetYear().department().value())
        .append("year", figures.budgetYear().year())
        .append("appliedSequence", figures.appliedSequence())
        .append("days", days);
  }

  private static BudgetYearFigures fromDocument(Document document) {
    TreeMap<LocalDate, EnumMap<Figure, Long>> days = new TreeMap<>();
    Document stored = document.get("days", Document.class);
    for (Map.Entry<String, Object> day : stored.entrySet()) {
      EnumMap<Figure, Long> values = new EnumMap<>(Figure.class);
      Document figures = (Document) day.getValue();
      for (Figure figure : Figure.values()) {
        Number fen = figures.get(figure.key(), Number.class);
        if (fen != null) {
          values.put(figure, fen.longValue());
        }
      }
      days.put(LocalDate.parse(day.getKey()), values);
    }
    return new BudgetYearFigures(
        BudgetYearId.parse(document.getString("_id")),
        document.get("appliedSequence", Number.class).longValue(),
        days);
  }
}
