package io.fiscaltrail.query.budget;

import static io.fiscaltrail.query.ledger.LedgerDocuments.date;
import static io.fiscaltrail.query.ledger.LedgerDocuments.decimal;
import static io.fiscaltrail.query.ledger.LedgerDocuments.money;
import static io.fiscaltrail.query.ledger.LedgerDocuments.origin;
import static io.fiscaltrail.query.ledger.LedgerDocuments.text;

import com.mongodb.client.MongoCollection;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ClaimedFigure;
import io.fiscaltrail.kernel.budget.DisclosureSubject;
import io.fiscaltrail.kernel.budget.QualitativeIndicator;
import io.fiscaltrail.query.ledger.LedgerDocuments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * One document per fiscal year, {@code _id} = the year's id ({@code code/year}): every read and
 * write is an exact {@code _id} lookup or an {@code $in} of ids, which the embedded server answers
 * from its index instead of a scan.
 */
@Repository
public class BudgetYearBookRepository {

  static final String COLLECTION = "budget_year_figures";

  /** Decoded books of the years asked about lately, for {@link #read}; a few megabytes each at most. */
  private static final int BOOKS_KEPT_DECODED = 64;

  private final MongoCollection<Document> collection;
  private final Cache<String, BudgetYearBook> decoded =
      Caffeine.newBuilder().maximumSize(BOOKS_KEPT_DECODED).build();
  /** The books the projection folded into last, for {@link #findForFolding}. */
  private final Cache<String, BudgetYearBook> folding =
      Caffeine.newBuilder().maximumSize(BOOKS_KEPT_DECODED).build();

  public BudgetYearBookRepository(MongoTemplate mongo) {
    this.collection = mongo.getCollection(COLLECTION);
  }

  /**
   * The books of the given years as they stand, for answering questions, never for folding into:
   * the same book object may serve many requests. A book is decoded again only when its stored
   * {@code appliedSequence} moved (any change to a book moves it, and a replay writes the same
   * document at the same sequence, after the reset that empties this cache too), so a long year is read as one small projection of its version
   * rather than a transfer and decoding of every day's figures at each request.
   */
  public Map<BudgetYearId, BudgetYearBook> read(Collection<BudgetYearId> years) {
    List<String> ids = years.stream().map(BudgetYearId::toString).toList();
    Map<BudgetYearId, BudgetYearBook> books = new HashMap<>();
    List<String> changed = new ArrayList<>();
    collection.find(Filters.in("_id", ids)).projection(Projections.include("appliedSequence")).forEach(d -> {
      BudgetYearBook known = decoded.getIfPresent(d.getString("_id"));
      if (known != null && known.appliedSequence() == d.get("appliedSequence", Number.class).longValue()) {
        books.put(known.budgetYear(), known);
      } else {
        changed.add(d.getString("_id"));
      }
    });
    if (!changed.isEmpty()) {
      collection.find(Filters.in("_id", changed)).forEach(d -> {
        BudgetYearBook book = fromDocument(d);
        decoded.put(d.getString("_id"), book);
        books.put(book.budgetYear(), book);
      });
    }
    // not stored (or no longer: a rebuild dropped it): empty
    years.forEach(year -> books.computeIfAbsent(year, BudgetYearBook::empty));
    return books;
  }

  /** The books of the given years; a year no fact has reached comes back empty. */
  public Map<BudgetYearId, BudgetYearBook> find(Collection<BudgetYearId> years) {
    List<String> ids = years.stream().map(BudgetYearId::toString).toList();
    Map<BudgetYearId, BudgetYearBook> books = new HashMap<>();
    collection.find(Filters.in("_id", ids)).forEach(d -> {
      BudgetYearBook book = fromDocument(d);
      books.put(book.budgetYear(), book);
    });
    years.forEach(year -> books.computeIfAbsent(year, BudgetYearBook::empty));
    return books;
  }

  public BudgetYearBook find(BudgetYearId year) {
    return find(List.of(year)).get(year);
  }

  /**
   * The book to fold a batch of events into. The book this process folded the year's last batch
   * into is taken again while the stored one is still at its applied sequence: a book is the fold
   * of its stream up to that sequence, so the two are equal, and a long year's book (every day's
   * figures) is then not read and decoded once per batch. Otherwise (another instance folded
   * the year since, a save failed, a reset) the stored book is read. Never one {@link #read} hands
   * out: this one changes as it folds.
   */
  BudgetYearBook findForFolding(BudgetYearId year) {
    String id = year.toString();
    BudgetYearBook folded = folding.getIfPresent(id);
    if (folded != null) {
      Document stored = collection.find(Filters.eq("_id", id)).projection(Projections.include("appliedSequence")).first();
      if (stored != null && stored.get("appliedSequence", Number.class).longValue() == folded.appliedSequence()) {
        return folded;
      }
    }
    BudgetYearBook book = find(year);
    folding.put(id, book);
    return book;
  }

  /**
   * Every year some fact has reached, by id: a full read of the ids of a collection that holds one
   * document per department-year, which is what listing the years means.
   */
  public List<BudgetYearId> openedYears() {
    List<BudgetYearId> ids = new ArrayList<>();
    collection.find().projection(new Document("_id", 1)).sort(new Document("_id", 1))
        .forEach(d -> ids.add(BudgetYearId.parse(d.getString("_id"))));
    return ids;
  }

  void save(BudgetYearBook book) {
    collection.replaceOne(
        Filters.eq("_id", book.budgetYear().toString()),
        toDocument(book),
        new ReplaceOptions().upsert(true));
  }

  void deleteAll() {
    collection.drop(); // not emptied: see LedgerChunks#deleteAll
    decoded.invalidateAll();
    folding.invalidateAll();
  }

  private static Document toDocument(BudgetYearBook book) {
    return new Document("_id", book.budgetYear().toString())
        .append("department", book.budgetYear().department().value())
        .append("year", book.budgetYear().year())
        .append("appliedSequence", book.appliedSequence())
        .append("days", LedgerDocuments.days(book.figures()))
        .append("recorded", LedgerDocuments.recorded(book.recorded()))
        .append("targets", book.targets().stream().map(BudgetYearBookRepository::target).toList())
        .append("outputs", book.outputs().stream().map(BudgetYearBookRepository::output).toList())
        .append("disclosures", book.disclosures().stream().map(BudgetYearBookRepository::disclosure).toList())
        .append("evidence", book.evidence().stream().map(BudgetYearBookRepository::evidence).toList())
        .append("filings", book.filings().stream().map(BudgetYearBookRepository::filing).toList())
        .append("notes", book.notes().stream().map(BudgetYearBookRepository::note).toList());
  }

  private static BudgetYearBook fromDocument(Document d) {
    return new BudgetYearBook(
        BudgetYearId.parse(d.getString("_id")),
        d.get("appliedSequence", Number.class).longValue(),
        LedgerDocuments.days(d.get("days", Document.class)),
        LedgerDocuments.recorded(d),
        list(d, "targets", BudgetYearBookRepository::target),
        list(d, "outputs", BudgetYearBookRepository::output),
        list(d, "disclosures", BudgetYearBookRepository::disclosure),
        list(d, "evidence", BudgetYearBookRepository::evidence),
        list(d, "filings", BudgetYearBookRepository::filing),
        list(d, "notes", BudgetYearBookRepository::note));
  }

  /** A list the book was saved with; one saved before the list existed reads as empty. */
  private static <T> List<T> list(Document d, String key, Function<Document, T> read) {
    return d.getList(key, Document.class, List.of()).stream().map(read).toList();
  }

  private static Document target(PerformanceTarget t) {
    return new Document("origin", origin(t.origin()))
        .append("code", t.code())
        .append("name", t.name())
        .append("unit", t.unit())
        .append("value", text(t.value()))
        .append("document", t.document());
  }

  private static PerformanceTarget target(Document d) {
    return new PerformanceTarget(
        origin(d.get("origin", Document.class)),
        d.getString("code"),
        d.getString("name"),
        d.getString("unit"),
        decimal(d.getString("value")),
        d.getString("document"));
  }

  private static Document output(RecordedOutput o) {
    return new Document("origin", origin(o.origin()))
        .append("targetCode", o.targetCode())
        .append("effectiveDate", text(o.effectiveDate()))
        .append("description", o.description())
        .append("quantity", text(o.quantity()))
        .append("unit", o.unit())
        .append("amount", text(o.amount()))
        .append("document", o.document());
  }

  private static RecordedOutput output(Document d) {
    return new RecordedOutput(
        origin(d.get("origin", Document.class)),
        d.getString("targetCode"),
        date(d.getString("effectiveDate")),
        d.getString("description"),
        decimal(d.getString("quantity")),
        d.getString("unit"),
        money(d.getString("amount")),
        d.getString("document"));
  }

  private static Document disclosure(Disclosure x) {
    return new Document("origin", origin(x.origin()))
        .append("subject", x.subject().name())
        .append("channel", x.channel())
        .append("effectiveDate", text(x.effectiveDate()));
  }

  private static Disclosure disclosure(Document d) {
    return new Disclosure(
        origin(d.get("origin", Document.class)),
        DisclosureSubject.valueOf(d.getString("subject")),
        d.getString("channel"),
        date(d.getString("effectiveDate")));
  }

  private static Document evidence(Evidence e) {
    return new Document("origin", origin(e.origin()))
        .append("indicator", e.indicator().name())
        .append("effectiveDate", text(e.effectiveDate()))
        .append("statement", e.statement())
        .append("document", e.document());
  }

  private static Evidence evidence(Document d) {
    return new Evidence(
        origin(d.get("origin", Document.class)),
        QualitativeIndicator.valueOf(d.getString("indicator")),
        date(d.getString("effectiveDate")),
        d.getString("statement"),
        d.getString("document"));
  }

  private static Document filing(FiledReport f) {
    return new Document("origin", origin(f.origin()))
        .append("document", f.document())
        .append("filedOn", text(f.filedOn()))
        .append("figures", f.figures().stream().map(BudgetYearBookRepository::claim).toList())
        .append("problems", f.problems())
        .append("measures", f.measures());
  }

  private static FiledReport filing(Document d) {
    return new FiledReport(
        origin(d.get("origin", Document.class)),
        d.getString("document"),
        date(d.getString("filedOn")),
        list(d, "figures", BudgetYearBookRepository::claim),
        d.getList("problems", String.class),
        d.getList("measures", String.class));
  }

  private static Document note(AuditNote n) {
    return new Document("origin", origin(n.origin()))
        .append("text", n.text())
        .append("subject", n.subject())
        .append("document", n.document());
  }

  private static AuditNote note(Document d) {
    return new AuditNote(
        origin(d.get("origin", Document.class)), d.getString("text"), d.getString("subject"), d.getString("document"));
  }

  private static Document claim(ClaimedFigure c) {
    return new Document("code", c.code())
        .append("value", text(c.value()))
        .append("unit", c.unit())
        .append("quote", c.quote());
  }

  private static ClaimedFigure claim(Document d) {
    return new ClaimedFigure(
        d.getString("code"), decimal(d.getString("value")), d.getString("unit"), d.getString("quote"));
  }
}
