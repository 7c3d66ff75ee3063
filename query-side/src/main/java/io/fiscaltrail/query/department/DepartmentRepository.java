package io.fiscaltrail.query.department;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** One document per department, keyed by its code. */
@Repository
public class DepartmentRepository {

  static final String COLLECTION = "departments";

  private final MongoCollection<Document> collection;

  DepartmentRepository(MongoTemplate mongo) {
    this.collection = mongo.getCollection(COLLECTION);
  }

  public Optional<DepartmentView> find(String code) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", code)).first())
        .map(DepartmentRepository::fromDocument);
  }

  public List<DepartmentView> findAll() {
    List<DepartmentView> all = new ArrayList<>();
    collection.find().sort(new Document("_id", 1)).forEach(d -> all.add(fromDocument(d)));
    return all;
  }

  void save(DepartmentView department) {
    collection.replaceOne(
        Filters.eq("_id", department.code()),
        new Document("_id", department.code())
            .append("name", department.name())
            .append("authorizedHeadcount", department.authorizedHeadcount())
            .append("actualHeadcount", department.actualHeadcount())
            .append("divisionCount", department.divisionCount())
            .append("divisionNames", department.divisionNames()),
        new ReplaceOptions().upsert(true));
  }

  void deleteAll() {
    collection.deleteMany(new Document());
  }

  private static DepartmentView fromDocument(Document d) {
    return new DepartmentView(
        d.getString("_id"),
        d.getString("name"),
        d.getInteger("authorizedHeadcount"),
        d.getInteger("actualHeadcount"),
        d.getInteger("divisionCount"),
        d.getList("divisionNames", String.class));
  }
}
