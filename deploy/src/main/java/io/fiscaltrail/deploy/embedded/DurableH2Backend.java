package io.fiscaltrail.deploy.embedded;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;

/**
 * The H2 (MVStore) backend of mongo-java-server, made to keep what it acknowledges. The stock
 * backend commits the store once a second in the background, so a process killed just after an
 * acknowledgement loses that last second. Here every command that may have changed data leaves the
 * store committed and fsynced before the server answers it.
 *
 * <p>Why fsync and not only commit: a commit hands the chunk to the operating system, which
 * survives a crash of this process but not a power loss. Without fsync the store must also keep
 * every old chunk for 45 seconds (MVStore's retention time) so that the file on disk stays
 * consistent after a power loss, and with a commit per write that grows the file by tens of
 * kilobytes per write for 45 seconds. With fsync the retention time can be 0: old chunks are
 * reused at once and the file stays near the size of the live data.
 *
 * <p>Each command is also atomic on disk: the store never commits in the middle of one (MVStore's
 * own auto-commit, in the background and under memory pressure, is off), and a commit waits until
 * no command is changing data, so a crash keeps a command's changes whole or not at all. One
 * {@code insertMany} is one command: the handshake allows 100,000 documents per write (as MongoDB
 * does) instead of mongo-java-server's 1,000, so the driver splits an append only beyond that or
 * beyond 48 MB. This is what makes an import, one append, all or nothing across a crash.
 */
final class DurableH2Backend extends H2Backend {

  // Lower-case names of commands that only read. Every other command, known or not, takes the
  // durable path, so a command missing here costs time, never data.
  private static final Set<String> READ_ONLY_COMMANDS = Set.of(
      "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases",
      "hello", "ismaster", "ping", "buildinfo", "serverstatus", "dbstats", "collstats",
      "killcursors", "endsessions", "whatsmyuri", "getlasterror", "getparameter");

  /** MongoDB's own limit; mongo-java-server announces 1,000, which would split large appends. */
  private static final int MAX_WRITE_BATCH_SIZE = 100_000;

  private final MVStore store;

  // Held shared while a command may change data, exclusively while the store commits.
  private final ReadWriteLock changing = new ReentrantReadWriteLock();

  // The store version last forced to disk; read and written only with the store lock held.
  private long syncedVersion;

  private DurableH2Backend(MVStore store) {
    super(store);
    this.store = store;
    this.syncedVersion = store.getCurrentVersion();
  }

  static DurableH2Backend open(Path file) {
    MVStore store = new MVStore.Builder()
        .fileName(file.toString())
        .autoCommitDisabled()
        .autoCommitBufferSize(0)
        .open();
    store.setRetentionTime(0);
    return new DurableH2Backend(store);
  }

  /** The same engine without a file, for tests that need a fresh store and not its durability. */
  static DurableH2Backend withoutFile() {
    return new DurableH2Backend(MVStore.open(null));
  }

  // Every command passes here, whether it came as OP_MSG (every driver since MongoDB 3.6) or as
  // legacy OP_QUERY.
  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    if (command.equalsIgnoreCase("hello") || command.equalsIgnoreCase("isMaster")) {
      return handshake(channel, database, query);
    }
    // Pins the store version this command reads: with a retention time of 0 a chunk that
    // concurrent commits leave unused could otherwise be overwritten while this command reads it.
    MVStore.TxCounter pinned = store.registerVersionUsage();
    long versionBefore = store.getCurrentVersion();
    boolean readOnly = READ_ONLY_COMMANDS.contains(command.toLowerCase(Locale.ROOT));
    if (!readOnly) {
      changing.readLock().lock();
    }
    try {
      return super.handleCommand(channel, database, command, query);
    } finally {
      if (!readOnly) {
        changing.readLock().unlock();
      }
      store.deregisterVersionUsage(pinned);
      if (!readOnly) {
        persistChangesSince(versionBefore);
      }
    }
  }

  /**
   * mongo-java-server knows only the older {@code isMaster} handshake. Spring Boot's health check
   * and current tools send {@code hello}, whose answer is the same plus {@code isWritablePrimary}.
   * Both answers announce MongoDB's write batch size.
   */
  private Document handshake(Channel channel, String database, Document query) {
    Document answer = super.handleCommand(channel, database, "isMaster", query);
    answer.put("isWritablePrimary", answer.get("ismaster"));
    answer.put("maxWriteBatchSize", MAX_WRITE_BATCH_SIZE);
    return answer;
  }

  private void persistChangesSince(long versionBefore) {
    if (isInMemory()) {
      return; // nothing to persist
    }
    // A changed version means another thread's commit may have taken this command's changes and
    // still be writing them; commit() waits for it under the store lock and writes what is left.
    if (store.hasUnsavedChanges() || store.getCurrentVersion() != versionBefore) {
      changing.writeLock().lock();
      try {
        store.commit();
      } finally {
        changing.writeLock().unlock();
      }
      // Also waits for a chunk that another command's commit is still writing.
      store.executeFilestoreOperation(this::syncUnlessSynced);
    }
  }

  // Runs with the store lock held and no write pending (MVStore#executeFilestoreOperation).
  // Concurrent commands share one fsync: the first forces every chunk written so far.
  private void syncUnlessSynced() {
    long written = store.getCurrentVersion();
    if (written != syncedVersion) {
      store.sync();
      syncedVersion = written;
    }
  }
}
