package io.fiscaltrail.access.account;

import io.fiscaltrail.access.Role;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The trail of account changes: every change is inserted into {@code accountchanges} (never
 * updated, never deleted by the application) and logged, so that who gave whom which rights, and
 * when, can be read back after the account itself has changed or gone.
 */
public class AccountChanges {

  static final String COLLECTION = "accountchanges";

  private static final Logger log = LoggerFactory.getLogger(AccountChanges.class);

  private final MongoTemplate mongo;

  public AccountChanges(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  void record(AccountChange change) {
    mongo.insert(
        new Document("at", Date.from(change.at()))
            .append("actor", change.actor())
            .append("action", change.action().name())
            .append("username", change.username())
            .append("roles", change.roles().stream().map(Role::name).toList())
            .append("departments", change.departments())
            .append("passwordSet", change.passwordSet()),
        COLLECTION);
    log.info("account {} {} by {}: roles {}, departments {}{}", change.username(), change.action(), change.actor(),
        change.roles(), change.departments(), change.passwordSet() ? ", password set" : "");
  }

  /** Every change, oldest first. */
  public List<AccountChange> all() {
    return mongo.find(new Query().with(Sort.by("at", "_id")), Document.class, COLLECTION).stream()
        .map(AccountChanges::change)
        .toList();
  }

  private static AccountChange change(Document document) {
    return new AccountChange(
        document.getDate("at").toInstant(),
        document.getString("actor"),
        AccountChange.Action.valueOf(document.getString("action")),
        document.getString("username"),
        document.getList("roles", String.class).stream().map(Role::valueOf).toList(),
        document.getList("departments", String.class),
        document.getBoolean("passwordSet"));
  }
}
