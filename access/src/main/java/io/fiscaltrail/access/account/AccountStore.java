package io.fiscaltrail.access.account;

import io.fiscaltrail.access.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The {@code accounts} collection: one document an account, its {@code _id} the username, so that
 * every sign-in is an exact-key read.
 */
public class AccountStore {

  static final String COLLECTION = "accounts";

  private final MongoTemplate mongo;

  public AccountStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Account> find(String username) {
    return Optional.ofNullable(mongo.findById(username, Document.class, COLLECTION)).map(AccountStore::account);
  }

  public List<Account> all() {
    return mongo.findAll(Document.class, COLLECTION).stream()
        .map(AccountStore::account)
        .sorted(Comparator.comparing(Account::username))
        .toList();
  }

  public void save(Account account) {
    mongo.save(document(account), COLLECTION);
  }

  /** @return whether there was such an account */
  public boolean delete(String username) {
    return mongo.remove(Query.query(Criteria.where("_id").is(username)), COLLECTION).getDeletedCount() > 0;
  }

  private static Document document(Account account) {
    return new Document("_id", account.username())
        .append("passwordHash", account.passwordHash())
        .append("roles", account.roles().stream().map(Role::name).toList())
        .append("departments", List.copyOf(account.departments()));
  }

  private static Account account(Document document) {
    Set<Role> roles = document.getList("roles", String.class).stream().map(Role::valueOf).collect(Collectors.toSet());
    Set<String> departments = Set.copyOf(document.getList("departments", String.class));
    return Account.of(document.getString("_id"), document.getString("passwordHash"), roles, departments);
  }
}
