package io.fiscaltrail.query.asset;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.query.ledger.LedgerDocuments;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** One document per asset register, {@code _id} = {@code code/assets}; read and written by {@code _id} only. */
@Repository
public class AssetRegisterBookRepository {

  static final String COLLECTION = "asset_registers";

  private final MongoCollection<Document> collection;

  public AssetRegisterBookRepository(MongoTemplate mongo) {
    this.collection = mongo.getCollection(COLLECTION);
  }

  /** The register's book; one no fact has reached comes back empty. */
  public AssetRegisterBook find(AssetRegisterId register) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", register.toString())).first())
        .map(AssetRegisterBookRepository::fromDocument)
        .orElseGet(() -> AssetRegisterBook.empty(register));
  }

  void save(AssetRegisterBook book) {
    collection.replaceOne(
        Filters.eq("_id", book.register().toString()), toDocument(book), new ReplaceOptions().upsert(true));
  }

  void deleteAll() {
    collection.drop(); // not emptied: see LedgerChunks#deleteAll
  }

  private static Document toDocument(AssetRegisterBook book) {
    return new Document("_id", book.register().toString())
        .append("appliedSequence", book.appliedSequence())
        .append("days", LedgerDocuments.days(book.figures()))
        .append("recorded", LedgerDocuments.recorded(book.recorded()))
        .append("currentAssets", LedgerDocuments.statements(book.currentAssets()))
        .append("fixedAssets", book.fixedAssets().entrySet().stream()
            .map(e -> new Document("assetId", e.getKey())
                .append("cost", e.getValue().cost())
                .append("depreciation", e.getValue().depreciation())
                .append("inUse", e.getValue().inUse()))
            .toList());
  }

  private static AssetRegisterBook fromDocument(Document d) {
    Map<String, FixedAssetState> fixedAssets = new TreeMap<>();
    for (Document asset : d.getList("fixedAssets", Document.class)) {
      fixedAssets.put(asset.getString("assetId"), new FixedAssetState(
          asset.get("cost", Number.class).longValue(),
          asset.get("depreciation", Number.class).longValue(),
          asset.getBoolean("inUse")));
    }
    return new AssetRegisterBook(
        AssetRegisterId.parse(d.getString("_id")),
        d.get("appliedSequence", Number.class).longValue(),
        LedgerDocuments.days(d.get("days", Document.class)),
        LedgerDocuments.recorded(d),
        LedgerDocuments.statements(d.getList("currentAssets", Document.class)),
        fixedAssets);
  }
}
