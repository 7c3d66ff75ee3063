package io.fiscaltrail.query.budget;

import io.fiscaltrail.query.ledger.LedgerChunks;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The money facts of every fiscal year, in chunks {@code _id: "<code>/<year>#<n>"}, and the year's
 * checkpoints, {@code _id: "<code>/<year>#<n>"} in {@value #CHECKPOINTS}.
 */
@Repository
public class BudgetYearLedger extends LedgerChunks {

  static final String COLLECTION = "budget_year_ledger";
  static final String CHECKPOINTS = "budget_year_checkpoints";

  public BudgetYearLedger(MongoTemplate mongo) {
    super(mongo.getCollection(COLLECTION), mongo.getCollection(CHECKPOINTS));
  }
}
