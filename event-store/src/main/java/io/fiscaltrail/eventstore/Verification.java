package io.fiscaltrail.eventstore;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The result of verifying every stored event: how many streams and events were read, each broken
 * event, and, when a digest was given, the heads recomputed as of its position.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(boolean ok, long streams, long events, List<BrokenEvent> broken, StoreDigest recomputed) {}
