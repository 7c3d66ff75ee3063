package io.fiscaltrail.eventstore;

/**
 * An event that fails verification: its stream and sequence number, why (one of the reasons
 * below), and the hash expected there against the one found (null where there is none).
 */
public record BrokenEvent(String stream, Long sequence, String reason, String expected, String found) {

  /** Its stored fields no longer give its stored hash: it was edited. */
  public static final String HASH_MISMATCH = "hash mismatch";
  /** Its previous hash is not the hash of the event stored before it: that one was replaced or rewritten. */
  public static final String CHAIN_BREAK = "chain break";
  /** Nothing is stored at this sequence number although later events of the stream are: deleted. */
  public static final String SEQUENCE_GAP = "sequence gap";
  /** Stored before the event preceding it in its stream, or after the one following it: moved. */
  public static final String REORDERED = "reordered";
  /** It carries no hash: stored before hashing existed, or its hash was removed. */
  public static final String UNHASHED = "unhashed";
  /** The stream heads as of the digest's position no longer give the digest: an event there changed or vanished. */
  public static final String DIGEST_MISMATCH = "digest mismatch";
}
