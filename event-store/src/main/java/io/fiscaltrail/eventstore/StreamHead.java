package io.fiscaltrail.eventstore;

/** The last event of a stream as of a global position: its sequence number and hash. */
public record StreamHead(String stream, long sequence, String hash) {}
