package io.fiscaltrail.deploy.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two files of one embedded server: the events' file, which holds every collection but the
 * derived ones, and the derived collections' file beside it ({@code fiscaltrail-derived.mv} next
 * to {@code fiscaltrail.mv}). Without a file both are one store in memory.
 */
final class StoreFiles {

  // mongo-java-server opens the stored databases from the constructors of its backend and its
  // database, before a subclass can keep anything: they find these files by the events' store.
  private static final Map<MVStore, StoreFiles> BY_EVENTS_STORE = new ConcurrentHashMap<>();
  private static final Logger LOG = LoggerFactory.getLogger(StoreFiles.class);

  private final StoreFile events;
  private final StoreFile derived;
  private final Set<String> derivedCollections;

  private StoreFiles(StoreFile events, StoreFile derived, Set<String> derivedCollections) {
    this.events = events;
    this.derived = derived;
    this.derivedCollections = Set.copyOf(derivedCollections);
    BY_EVENTS_STORE.put(events.store(), this);
  }

  static StoreFiles open(Path eventsFile, Set<String> derivedCollections) {
    StoreFile events = StoreFile.open(eventsFile);
    if (derivedCollections.isEmpty()) {
      DocumentMaps.convertJavaSerialized(events.store(), eventsFile.toString());
      return new StoreFiles(events, events, derivedCollections);
    }
    Path derivedFile = derivedFile(eventsFile);
    StoreFile derived = StoreFile.open(derivedFile);
    moveDerivedOutOf(events.store(), derived.store(), derivedCollections);
    DocumentMaps.convertJavaSerialized(events.store(), eventsFile.toString());
    DocumentMaps.convertJavaSerialized(derived.store(), derivedFile.toString());
    return new StoreFiles(events, derived, derivedCollections);
  }

  static StoreFiles inMemory() {
    StoreFile memory = StoreFile.inMemory();
    return new StoreFiles(memory, memory, Set.of());
  }

  static StoreFiles of(MVStore eventsStore) {
    StoreFiles files = BY_EVENTS_STORE.get(eventsStore);
    if (files == null) {
      throw new IllegalStateException("No embedded server opened this store");
    }
    return files;
  }

  /** {@code fiscaltrail-derived.mv} beside {@code fiscaltrail.mv}. */
  static Path derivedFile(Path eventsFile) {
    String name = eventsFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String derivedName = dot < 0 ? name + "-derived" : name.substring(0, dot) + "-derived" + name.substring(dot);
    return eventsFile.resolveSibling(derivedName);
  }

  StoreFile events() {
    return events;
  }

  StoreFile derived() {
    return derived;
  }

  boolean isDerived(String collection) {
    return derivedCollections.contains(collection);
  }

  /** The store that holds the collection's documents, its size and its indexes. */
  MVStore storeOf(String collection) {
    return (isDerived(collection) ? derived : events).store();
  }

  /**
   * Runs a command with the versions it reads pinned in both stores: with a retention time of 0 a
   * chunk that concurrent commits leave unused could otherwise be overwritten while it is read.
   */
  <T> T pinned(Supplier<T> command) {
    MVStore.TxCounter pinnedEvents = events.store().registerVersionUsage();
    MVStore.TxCounter pinnedDerived = derived.store().registerVersionUsage();
    try {
      return command.get();
    } finally {
      derived.store().deregisterVersionUsage(pinnedDerived);
      events.store().deregisterVersionUsage(pinnedEvents);
    }
  }

  boolean isClosed() {
    return events.store().isClosed() || derived.store().isClosed();
  }

  /** Closes the derived file; the backend closes the events' store itself. */
  void close() {
    BY_EVENTS_STORE.remove(events.store());
    if (derived != events && !derived.store().isClosed()) {
      derived.store().close();
    }
  }

  /**
   * A collection that is derived now but was not when the events' file was written (a file older
   * than the derived file, or one from before a collection joined the list) still has its maps in
   * the events' file. They are dropped, and so is everything the derived file holds: its tokens
   * would otherwise claim a fold whose other half (the dropped collection) is gone, so the
   * projections replay from the first event, as after any loss of derived state. The derived file
   * is emptied first: a crash in between finds the maps still in the events' file and does both
   * again.
   */
  private static void moveDerivedOutOf(MVStore events, MVStore derived, Set<String> derivedCollections) {
    List<String> stale = events.getMapNames().stream()
        .filter(map -> derivedCollections.contains(collectionOfMap(map)))
        .toList();
    if (stale.isEmpty()) {
      return;
    }
    LOG.warn("The events' file holds collections kept in the derived file now ({}): every derived collection "
            + "is rebuilt from the events",
        stale.stream().map(StoreFiles::collectionOfMap).distinct().sorted().toList());
    List<String> derivedMaps = List.copyOf(derived.getMapNames());
    if (!derivedMaps.isEmpty()) {
      derivedMaps.forEach(derived::removeMap);
      derived.commit();
    }
    stale.forEach(events::removeMap);
    events.commit();
  }

  /**
   * The collection whose documents ({@code bson.<db>.<collection>}, Java-serialized in
   * {@code databases.<db>.<collection>}), size ({@code meta.<db>.<collection>}) or index
   * ({@code <db>.<collection>._index_<name>}) a map holds; database names have no dots, collection
   * names may.
   */
  static String collectionOfMap(String map) {
    if (map.startsWith(DocumentMaps.PREFIX) || map.startsWith(DocumentMaps.JAVA_SERIALIZED_PREFIX)
        || map.startsWith("meta.")) {
      String namespace = map.substring(map.indexOf('.') + 1);
      int dot = namespace.indexOf('.');
      return dot < 0 ? null : namespace.substring(dot + 1);
    }
    int index = map.indexOf("._index_");
    int dot = map.indexOf('.');
    return index < 0 || dot == index ? null : map.substring(dot + 1, index);
  }
}
