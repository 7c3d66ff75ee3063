package io.fiscaltrail.kernel.audit;

/**
 * The metadata keys every stored event carries: who recorded it, for which request. The recorded
 * time is the event's own timestamp (the server's clock), not metadata.
 */
public final class AuditMetaData {

  /** The authenticated user, {@code system:cli} / {@code system:demo} for imports run by the service itself. */
  public static final String ACTOR = "actor";
  /** Shared by every event of one request or import; from the {@code X-Correlation-Id} header when given. */
  public static final String CORRELATION_ID = "correlationId";
  /** The request's {@code Idempotency-Key} header; absent when none was given. */
  public static final String IDEMPOTENCY_KEY = "idempotencyKey";
  /** The client's IP address as the server sees it; absent for imports run by the service itself. */
  public static final String CLIENT_ADDRESS = "clientAddress";

  private AuditMetaData() {}
}
