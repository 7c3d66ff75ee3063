package io.fiscaltrail.query.admin;

/**
 * Where one projection stands against the event store.
 *
 * @param position the global sequence number every segment has passed (the slowest segment)
 * @param head the global sequence number of the last stored event
 * @param percent position over head as a decimal string with two decimals; "100.00" for an
 *     empty store
 * @param estimatedSecondsLeft from the pace since the last rebuild began; null when no rebuild
 *     was started by this process or the pace is not known yet
 */
public record ProjectionStatus(
    String name,
    int segments,
    int segmentsClaimed,
    long position,
    long head,
    String percent,
    boolean rebuilding,
    Long estimatedSecondsLeft,
    String error) {}
