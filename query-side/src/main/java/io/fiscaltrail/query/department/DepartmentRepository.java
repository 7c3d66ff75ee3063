package io.fiscaltrail.query.department;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.fiscaltrail.query.ledger.LedgerDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** One document per department, {@code _id} = its code. */
@Repository
public class DepartmentRepository {

  static final String COLLECTION = "departments";

  private final MongoCollection<Document> collection;

  public DepartmentRepository(MongoTemplate mongo) {
    this.collection = mongo.getCollection(COLLECTION);
  }

  public Optional<DepartmentRecord> find(String code) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", code)).first())
        .map(DepartmentRepository::fromDocument);
  }

  /** The whole directory: a full read, which is what listing every department means. */
  public List<DepartmentView> findAll() {
    List<DepartmentView> all = new ArrayList<>();
    collection.find().sort(new Document("_id", 1)).forEach(d -> all.add(fromDocument(d).view()));
    return all;
  }

  /** Every department's code: a full read of a collection that holds one small document per department. */
  public List<String> codes() {
    List<String> codes = new ArrayList<>();
    collection.find().projection(new Document("_id", 1)).sort(new Document("_id", 1))
        .forEach(d -> codes.add(d.getString("_id")));
    return codes;
  }

  void save(DepartmentRecord department) {
    collection.replaceOne(
        Filters.eq("_id", department.code()),
        new Document("_id", department.code())
            .append("name", department.name())
            .append("divisionNames", department.divisionNames())
            .append("duties", department.duties())
            .append("staffing", LedgerDocuments.statements(department.staffing()))
            .append("appliedSequence", department.appliedSequence()),
        new ReplaceOptions().upsert(true));
  }

  void deleteAll() {
    collection.drop(); // not emptied: see LedgerChunks#deleteAll
  }

  private static DepartmentRecord fromDocument(Document d) {
    return new DepartmentRecord(
        d.getString("_id"),
        d.getString("name"),
        d.getList("divisionNames", String.class),
        d.getList("duties", String.class),
        LedgerDocuments.statements(d.getList("staffing", Document.class)),
        d.get("appliedSequence", Number.class).longValue());
  }
}
