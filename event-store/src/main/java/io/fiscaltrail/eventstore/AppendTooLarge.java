package io.fiscaltrail.eventstore;

/**
 * An append larger than one insert command. The driver would split it into several commands, and
 * a failure between them would leave part of it stored: so it is refused before anything is
 * numbered or written.
 */
public class AppendTooLarge extends RuntimeException {

  AppendTooLarge(int events, long bytes, long maxBytes, int maxEvents) {
    super("its " + events + " events take " + bytes + " bytes; one write stores at most " + maxBytes
        + " bytes and " + maxEvents + " events, all or nothing");
  }
}
