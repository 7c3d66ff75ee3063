package io.fiscaltrail.deploy.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 (MVStore) backend of mongo-java-server, made to keep what it acknowledges. The stock
 * backend commits the store once a second in the background, so a process killed just after an
 * acknowledgement loses that last second. Here a command that may have changed a durable
 * collection leaves the store committed and fsynced before the server answers it.
 *
 * <p>Durability by collection: a write to a <em>derived</em> collection (one rebuilt from the
 * events: read models, tracking tokens, snapshots, the global-sequence counter) is answered without
 * a commit of its own. The next durable write, or the flush that runs every {@code flushInterval},
 * commits it. A crash therefore rolls derived collections back to an earlier state, never a durable
 * one, and that earlier state is consistent because every commit holds exactly the commands that
 * finished before it (a write lock keeps commands from running while the store takes its snapshot).
 * So a commit that holds a projection's token also holds the read-model writes made before it,
 * and one that holds an event also holds the counter increment that numbered it. A collection not
 * named derived is durable.
 *
 * <p>Why fsync and not only commit: a commit hands the chunk to the operating system, which
 * survives a crash of this process but not a power loss. Every commit here is followed by an
 * fsync, so the retention time can be 0: old chunks are reused at once and the file stays near the
 * size of the live data. (Without fsync MVStore must keep every old chunk for 45 seconds so that
 * the file on disk stays consistent after a power loss.)
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
  // durable path unless it writes to one derived collection, so a command missing here costs
  // time, never data.
  private static final Set<String> READ_ONLY_COMMANDS = Set.of(
      "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases",
      "hello", "ismaster", "ping", "buildinfo", "serverstatus", "dbstats", "collstats",
      "killcursors", "endsessions", "whatsmyuri", "getlasterror", "getparameter");

  /** MongoDB's own limit; mongo-java-server announces 1,000, which would split large appends. */
  private static final int MAX_WRITE_BATCH_SIZE = 100_000;

  // Commands whose first value names the one collection they change.
  private static final Set<String> DOCUMENT_WRITES = Set.of("insert", "update", "delete", "findandmodify");

  private static final Logger LOG = LoggerFactory.getLogger(DurableH2Backend.class);

  private final MVStore store;
  private final Set<String> derivedCollections;
  // Commands that write hold it shared; a commit holds it exclusively, so that it never takes half
  // of a command.
  private final ReadWriteLock commits = new ReentrantReadWriteLock();
  private final ScheduledExecutorService flusher;

  // The store version last forced to disk; read and written only with the store lock held.
  private long syncedVersion;

  private DurableH2Backend(MVStore store, Set<String> derivedCollections, Duration flushInterval) {
    super(store);
    this.store = store;
    this.derivedCollections = Set.copyOf(derivedCollections);
    this.syncedVersion = store.getCurrentVersion();
    this.flusher = isInMemory() ? null : startFlusher(flushInterval);
  }

  /**
   * @param derivedCollections collections whose writes need not be on disk before they are
   *     answered, because a crash may roll them back (see the class comment)
   * @param flushInterval how long a write to a derived collection stays in memory at most
   */
  static DurableH2Backend open(Path file, Set<String> derivedCollections, Duration flushInterval) {
    // No background auto-commit: it would commit without the lock, and without fsync.
    MVStore store = new MVStore.Builder()
        .fileName(file.toString())
        .autoCommitDisabled()
        .autoCommitBufferSize(0)
        .open();
    store.setRetentionTime(0);
    return new DurableH2Backend(store, derivedCollections, flushInterval);
  }

  /** Every collection durable, as the tests of durability itself need. */
  static DurableH2Backend open(Path file) {
    return open(file, Set.of(), Duration.ofSeconds(1));
  }

  /** The same engine without a file, for tests that need a fresh store and not its durability. */
  static DurableH2Backend withoutFile() {
    return new DurableH2Backend(MVStore.open(null), Set.of(), Duration.ZERO);
  }

  /** The stock database, with index lookups that do not serialize keys ({@link IndexKeyType}). */
  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    // the store of H2Backend: it opens the databases already stored before this class has its own
    return new FastIndexH2Database(databaseName, getMvStore(), getCursorRegistry());
  }

  // Every command passes here, whether it came as OP_MSG (every driver since MongoDB 3.6) or as
  // legacy OP_QUERY.
  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    if (command.equalsIgnoreCase("hello") || command.equalsIgnoreCase("isMaster")) {
      return handshake(channel, database, query);
    }
    String name = command.toLowerCase(Locale.ROOT);
    if (READ_ONLY_COMMANDS.contains(name)) {
      return pinnedVersion(() -> super.handleCommand(channel, database, command, query));
    }
    commits.readLock().lock();
    try {
      return pinnedVersion(() -> super.handleCommand(channel, database, command, query));
    } finally {
      commits.readLock().unlock();
      if (!writesOneDerivedCollection(name, query)) {
        commitAndSync();
      }
    }
  }

  /**
   * Pins the store version a command reads: with a retention time of 0 a chunk that concurrent
   * commits leave unused could otherwise be overwritten while the command reads it.
   */
  private Document pinnedVersion(Supplier<Document> command) {
    MVStore.TxCounter pinned = store.registerVersionUsage();
    try {
      return command.get();
    } finally {
      store.deregisterVersionUsage(pinned);
    }
  }

  private boolean writesOneDerivedCollection(String command, Document query) {
    return DOCUMENT_WRITES.contains(command)
        && query.get(query.keySet().iterator().next()) instanceof String collection
        && derivedCollections.contains(collection);
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

  /**
   * Commits whatever finished so far, this command's changes included, and forces it to disk. If
   * another thread's commit already took them it may still be writing them: the sync waits for it.
   */
  private void commitAndSync() {
    if (isInMemory()) {
      return; // nothing to persist
    }
    if (store.hasUnsavedChanges()) {
      commits.writeLock().lock();
      try {
        store.commit();
      } finally {
        commits.writeLock().unlock();
      }
    }
    // Also waits for chunks a commit is still writing asynchronously.
    store.executeFilestoreOperation(this::syncUnlessSynced);
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

  private ScheduledExecutorService startFlusher(Duration interval) {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "embedded-mongo-flush");
      thread.setDaemon(true);
      return thread;
    });
    long millis = Math.max(1, interval.toMillis());
    executor.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    return executor;
  }

  private void flush() {
    try {
      if (!store.isClosed()) {
        commitAndSync();
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not write derived collections to disk; the next write tries again", e);
    }
  }

  /** Writes what derived collections still hold in memory, then closes the file. */
  @Override
  public void close() {
    if (flusher != null) {
      flusher.shutdownNow();
    }
    if (!store.isClosed()) {
      commitAndSync();
    }
    super.close();
  }
}
