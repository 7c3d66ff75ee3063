package io.fiscaltrail.deploy.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * <p>Durability by collection. <em>Derived</em> collections (rebuilt from the events: read models,
 * tracking tokens, snapshots) live in a file of their own, {@code fiscaltrail-derived.mv}, which
 * only the flush commits, every {@code flushInterval}. <em>Deferred</em> collections (the
 * global-sequence counter, the voucher register) live with the events and are answered without a
 * commit of their own: each is written before the event that needs it, so the commit that holds
 * that event holds them too. Every other collection is durable: committed and fsynced before the
 * answer. Keeping derived pages out of the events' file is what makes an acknowledged event cheap:
 * a projection rewrites large read-model documents after every event, and those pages would
 * otherwise be serialized and written by every event's commit instead of once per flush.
 *
 * <p>A crash rolls the derived file back to its last flush, never ahead of the events: the flush
 * commits and fsyncs the events' file first and the derived file after it while no command runs (a
 * write lock keeps commands out while the stores take their snapshots), so every event a projection
 * had folded is on disk before its fold is. A commit holds exactly the commands that finished
 * before it, so a projection's token is never on disk without the read-model writes made before it.
 * After a crash the projections catch up from their tokens in the derived file. A file written
 * before derived collections had a file of their own still holds them: they are dropped from it on
 * opening and rebuilt by the projections.
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
  // durable path unless it writes to one derived or deferred collection, so a command missing here
  // costs time, never data.
  private static final Set<String> READ_ONLY_COMMANDS = Set.of(
      "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases",
      "hello", "ismaster", "ping", "buildinfo", "serverstatus", "dbstats", "collstats",
      "killcursors", "endsessions", "whatsmyuri", "getlasterror", "getparameter");

  /** MongoDB's own limit; mongo-java-server announces 1,000, which would split large appends. */
  private static final int MAX_WRITE_BATCH_SIZE = 100_000;

  // Commands whose first value names the one collection they change.
  private static final Set<String> DOCUMENT_WRITES = Set.of("insert", "update", "delete", "findandmodify");

  private static final Logger LOG = LoggerFactory.getLogger(DurableH2Backend.class);

  private final StoreFiles files;
  private final Set<String> deferredCollections;
  // Commands that write hold it shared; a commit holds it exclusively, so that it never takes half
  // of a command.
  private final ReadWriteLock commits = new ReentrantReadWriteLock();
  private final ScheduledExecutorService flusher;

  private DurableH2Backend(StoreFiles files, Set<String> deferredCollections, Duration flushInterval) {
    super(files.events().store());
    this.files = files;
    this.deferredCollections = Set.copyOf(deferredCollections);
    this.flusher = isInMemory() ? null : startFlusher(flushInterval);
  }

  /**
   * @param file the events' file; derived collections go to {@link StoreFiles#derivedFile} beside it
   * @param derivedCollections collections rebuilt from the events, kept in the derived file
   * @param deferredCollections collections written before the event that needs them, answered
   *     without a commit of their own
   * @param flushInterval how long a write to a derived or deferred collection stays in memory at most
   */
  static DurableH2Backend open(Path file, Set<String> derivedCollections, Set<String> deferredCollections,
      Duration flushInterval) {
    return new DurableH2Backend(StoreFiles.open(file, derivedCollections), deferredCollections, flushInterval);
  }

  /** Every collection durable, as the tests of durability itself need. */
  static DurableH2Backend open(Path file) {
    return open(file, Set.of(), Set.of(), Duration.ofSeconds(1));
  }

  /** The same engine without a file, for tests that need a fresh store and not its durability. */
  static DurableH2Backend withoutFile() {
    return new DurableH2Backend(StoreFiles.inMemory(), Set.of(), Duration.ZERO);
  }

  /**
   * The stock database, with index lookups that do not serialize keys ({@link IndexKeyType}) and
   * derived collections in their own file.
   */
  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    // the store of H2Backend: it opens the databases already stored before this class has its own
    return new FastIndexH2Database(databaseName, StoreFiles.of(getMvStore()), getCursorRegistry());
  }

  // Every command passes here, whether it came as OP_MSG (every driver since MongoDB 3.6) or as
  // legacy OP_QUERY.
  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    if (command.equalsIgnoreCase("hello") || command.equalsIgnoreCase("isMaster")) {
      return handshake(channel, database, query);
    }
    String name = command.toLowerCase(Locale.ROOT);
    if (name.equals("drop") && query.get(command) instanceof String collection
        && resolveDatabase(database).resolveCollection(collection, false) == null) {
      // as MongoDB answers since 7.0; mongo-java-server refuses with "ns not found" and logs that
      // as an error with its stack, on every rebuild of a projection that has not written yet
      return new Document("ok", 1.0);
    }
    if (READ_ONLY_COMMANDS.contains(name) || name.equals("aggregate") && !writesItsOutput(query)) {
      return files.pinned(() -> super.handleCommand(channel, database, command, query));
    }
    commits.readLock().lock();
    try {
      return files.pinned(() -> super.handleCommand(channel, database, command, query));
    } finally {
      commits.readLock().unlock();
      String collection = writtenCollection(name, query);
      if (collection == null) {
        flush(); // anything else (indexes, drops) may touch both files
      } else if (!files.isDerived(collection) && !deferredCollections.contains(collection)) {
        commitAndSync(files.events());
      }
    }
  }

  /** An aggregation whose last stage stores its output ({@code $out}, {@code $merge}) writes. */
  private static boolean writesItsOutput(Document aggregate) {
    return !(aggregate.get("pipeline") instanceof List<?> stages)
        || stages.stream().anyMatch(stage -> !(stage instanceof Document d) || d.containsKey("$out") || d.containsKey("$merge"));
  }

  /** The one collection a document write changes, or null for any other command. */
  private static String writtenCollection(String command, Document query) {
    return DOCUMENT_WRITES.contains(command)
        && query.get(query.keySet().iterator().next()) instanceof String collection ? collection : null;
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
   * Commits whatever finished so far in this file, this command's changes included, and forces it
   * to disk. If another thread's commit already took them it may still be writing them: the sync
   * waits for it.
   */
  private void commitAndSync(StoreFile file) {
    if (isInMemory()) {
      return; // nothing to persist
    }
    if (file.store().hasUnsavedChanges()) {
      commits.writeLock().lock();
      try {
        file.store().commit();
      } finally {
        commits.writeLock().unlock();
      }
    }
    file.sync();
  }

  /**
   * Commits and forces both files, the events' first, with no command running in between: the
   * derived file then never holds the fold of an event that its own file does not.
   */
  private void flush() {
    if (isInMemory()) {
      return;
    }
    commits.writeLock().lock();
    try {
      files.events().compactAndCommit();
      files.events().sync();
      files.derived().compactAndCommit();
    } finally {
      commits.writeLock().unlock();
    }
    files.derived().sync();
  }

  private ScheduledExecutorService startFlusher(Duration interval) {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "embedded-mongo-flush");
      thread.setDaemon(true);
      return thread;
    });
    long millis = Math.max(1, interval.toMillis());
    executor.scheduleWithFixedDelay(this::scheduledFlush, millis, millis, TimeUnit.MILLISECONDS);
    return executor;
  }

  private void scheduledFlush() {
    try {
      if (!files.isClosed()) {
        flush();
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not write derived collections to disk; the next flush tries again", e);
    }
  }

  /** Writes what the files still hold in memory, then closes them. */
  @Override
  public void close() {
    if (flusher != null) {
      // No interrupt: a flush interrupted while writing closes the file channel under the store.
      flusher.shutdown();
      awaitRunningFlush();
    }
    if (!files.isClosed()) {
      flush();
    }
    super.close();
    files.close();
  }

  private void awaitRunningFlush() {
    try {
      if (!flusher.awaitTermination(1, TimeUnit.MINUTES)) {
        LOG.warn("A flush still runs after a minute; closing the store anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
