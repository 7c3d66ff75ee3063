package io.fiscaltrail.query.config;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The token store as the projections' processors see it: a token stored while a batch prepares its
 * commit is written when the batch commits, after the read model.
 *
 * <p>Why: a pooled processor stores a batch's token in the first prepare-commit step, and the
 * projections write their books in a later one. MongoDB here has no transaction spanning the two,
 * so a process killed between them would leave a token past events its books never got: the
 * instance taking the segment over would start after them and they would be lost. Written after the
 * read model, a token can only lag it: a batch is then handed over again and the books' sequence
 * guard skips what they already hold (at least once, never lost).
 */
final class ReadModelFirstTokenStore implements TokenStore {

  private final TokenStore store;

  ReadModelFirstTokenStore(TokenStore store) {
    this.store = store;
  }

  @Override
  public void storeToken(TrackingToken token, String processorName, int segment) {
    if (CurrentUnitOfWork.isStarted()
        && CurrentUnitOfWork.get().phase() == UnitOfWork.Phase.PREPARE_COMMIT) {
      CurrentUnitOfWork.get().onCommit(u -> store.storeToken(token, processorName, segment));
    } else {
      store.storeToken(token, processorName, segment);
    }
  }

  @Override
  public void initializeTokenSegments(String processorName, int segmentCount) {
    store.initializeTokenSegments(processorName, segmentCount);
  }

  @Override
  public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
    store.initializeTokenSegments(processorName, segmentCount, initialToken);
  }

  @Override
  public TrackingToken fetchToken(String processorName, int segment) {
    return store.fetchToken(processorName, segment);
  }

  @Override
  public TrackingToken fetchToken(String processorName, Segment segment) {
    return store.fetchToken(processorName, segment);
  }

  @Override
  public void extendClaim(String processorName, int segment) {
    store.extendClaim(processorName, segment);
  }

  @Override
  public void releaseClaim(String processorName, int segment) {
    store.releaseClaim(processorName, segment);
  }

  @Override
  public void initializeSegment(TrackingToken token, String processorName, int segment) {
    store.initializeSegment(token, processorName, segment);
  }

  @Override
  public void deleteToken(String processorName, int segment) {
    store.deleteToken(processorName, segment);
  }

  @Override
  public boolean requiresExplicitSegmentInitialization() {
    return store.requiresExplicitSegmentInitialization();
  }

  @Override
  public int[] fetchSegments(String processorName) {
    return store.fetchSegments(processorName);
  }

  @Override
  public List<Segment> fetchAvailableSegments(String processorName) {
    return store.fetchAvailableSegments(processorName);
  }

  @Override
  public Optional<String> retrieveStorageIdentifier() {
    return store.retrieveStorageIdentifier();
  }
}
