package io.fiscaltrail.query.budget;

import io.fiscaltrail.query.ledger.LedgerChunks;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The money facts of every fiscal year, in chunks {@code _id: "<code>/<year>#<n>"}. */
@Repository
public class BudgetYearLedger extends LedgerChunks {

  static final String COLLECTION = "budget_year_ledger";

  public BudgetYearLedger(MongoTemplate mongo) {
    super(mongo.getCollection(COLLECTION));
  }
}
