package io.fiscaltrail.deploy.embedded;

import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * One MVStore file, committed only when told (never in the background, never in the middle of a
 * command) and forced to disk after each commit, so old chunks need no retention time.
 */
final class StoreFile {

  // MVStore's own defaults for its background compaction: rewrite while under half of the file is
  // live, a bounded amount at a time
  private static final int TARGET_FILL_RATE = 50;
  private static final int COMPACT_BYTES_PER_FLUSH = 2 * 1024 * 1024;

  // H2 counts a cached page by the encoded size of its documents, and a document takes 5.5-6.5
  // times its BSON size on the heap once decoded. H2's default of 16 MB held Java-serialized
  // documents, 1.6 times their BSON size: 10 MB of BSON pages holds about as many (with 16 MB, the
  // benchmark's heap after GC at 100,000 entries was 280-304 MB; with 10 MB, 225 MB).
  private static final int CACHE_MB = 10;

  private final MVStore store;
  // The store version last forced to disk; read and written only with the store lock held.
  private long syncedVersion;

  private StoreFile(MVStore store) {
    this.store = store;
    this.syncedVersion = store.getCurrentVersion();
  }

  static StoreFile open(Path file) {
    // No background auto-commit: it would commit without the backend's lock, and without fsync.
    MVStore store = new MVStore.Builder()
        .fileName(file.toString())
        .autoCommitDisabled()
        .autoCommitBufferSize(0)
        .cacheSize(CACHE_MB)
        .open();
    store.setRetentionTime(0);
    return new StoreFile(store);
  }

  static StoreFile inMemory() {
    return new StoreFile(MVStore.open(null));
  }

  MVStore store() {
    return store;
  }

  /**
   * Rewrites the live pages of mostly dead chunks, then commits. MVStore's background thread would
   * do this, but it is off (it would commit without the backend's lock); without it every chunk
   * that keeps one live page keeps its place in the file, and a file that a projection rewrites
   * all the time grew to 461 MB for 15,000 events. Call with no command running.
   */
  void compactAndCommit() {
    if (store.getFileStore().getChunksFillRate() < TARGET_FILL_RATE) {
      store.compact(TARGET_FILL_RATE, COMPACT_BYTES_PER_FLUSH);
    }
    store.commit();
  }

  /**
   * Forces every chunk committed so far to disk, waiting for chunks a commit is still writing.
   * Concurrent callers share one fsync: the first forces every chunk written so far.
   */
  void sync() {
    store.executeFilestoreOperation(this::syncUnlessSynced);
  }

  // Runs with the store lock held and no write pending (MVStore#executeFilestoreOperation).
  private void syncUnlessSynced() {
    long written = store.getCurrentVersion();
    if (written != syncedVersion) {
      store.sync();
      syncedVersion = written;
    }
  }
}
