package io.fiscaltrail.command.web;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Recognises a failure that only says MongoDB could not be reached: the request may succeed once
 * it is back, so it is answered 503, and a command is not retried on it (a retry would only keep
 * the caller waiting for another server-selection timeout).
 */
public final class StoreUnreachable {

  private StoreUnreachable() {}

  /** True if {@code failure} or one of its causes is the driver giving up on reaching the server. */
  public static boolean explains(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof MongoTimeoutException
          || cause instanceof MongoSocketException
          || cause instanceof MongoServerUnavailableException
          || cause instanceof MongoConnectionPoolClearedException) {
        return true;
      }
    }
    return false;
  }
}
