package io.fiscaltrail.query.asset;

import io.fiscaltrail.query.ledger.LedgerChunks;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The fixed-asset facts of every register, in chunks {@code _id: "<code>/assets#<n>"}, and its
 * checkpoints in {@value #CHECKPOINTS}.
 */
@Repository
public class AssetRegisterLedger extends LedgerChunks {

  static final String COLLECTION = "asset_register_ledger";
  static final String CHECKPOINTS = "asset_register_checkpoints";

  public AssetRegisterLedger(MongoTemplate mongo) {
    super(mongo.getCollection(COLLECTION), mongo.getCollection(CHECKPOINTS));
  }
}
