package io.fiscaltrail.command.origin;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where the commands dispatched on a thread come from. Bound for the length of an HTTP request by
 * {@link OriginFilter}, and for an import the service runs by itself with {@link #callAsSystem}.
 * {@link OriginMetaData} copies it into every command's metadata, and Axon from there into every
 * event the command applies.
 *
 * @param systemActor who acts when nobody is authenticated: {@code system:cli}, {@code system:demo};
 *     null for an HTTP request, whose actor is the user Spring Security authenticated
 * @param idempotencyKey the request's {@code Idempotency-Key}, or null
 * @param clientAddress the client's IP address, or null when there is no client
 */
public record Origin(String systemActor, String correlationId, String idempotencyKey, String clientAddress) {

  /** The actor of a request nobody authenticated (only possible on routes that allow it). */
  public static final String ANONYMOUS = "anonymous";

  private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

  /** The name of the user Spring Security authenticated on this thread, if any. */
  public static Optional<String> authenticatedUser() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
        ? Optional.of(user.getName()) : Optional.empty();
  }

  /** Runs {@code work} as the service itself, {@code actor} naming how it was started; one correlation id for all of it. */
  public static <T> T callAsSystem(String actor, Supplier<T> work) {
    Origin previous = CURRENT.get();
    CURRENT.set(new Origin(actor, newCorrelationId(), null, null));
    try {
      return work.get();
    } finally {
      CURRENT.set(previous);
    }
  }

  /** What is bound to this thread; a command dispatched outside any request or system run acts as {@code system}. */
  static Origin current() {
    Origin origin = CURRENT.get();
    return origin != null ? origin : new Origin("system", newCorrelationId(), null, null);
  }

  static void bind(Origin origin) {
    CURRENT.set(origin);
  }

  static void unbind() {
    CURRENT.remove();
  }

  static String newCorrelationId() {
    return UUID.randomUUID().toString();
  }
}
