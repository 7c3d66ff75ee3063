package io.fiscaltrail.eventstore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One value over the heads of every stream as of a global position, for an auditor to write down:
 * {@code <position>-<hex>}. The hex is the SHA-256 of the UTF-8 lines {@code
 * <stream>#<sequence> <hash>\n}, one per stream, ordered by stream identifier (see
 * event-store/README.md). Since every head's hash covers its whole stream, the digest covers every
 * event stored up to the position.
 */
public record StoreDigest(String digest, long position, int streams, List<StreamHead> heads) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})-([0-9a-f]{64})");

  /** @param heads ordered by stream identifier */
  static StoreDigest of(long position, List<StreamHead> heads) {
    StringBuilder lines = new StringBuilder();
    heads.forEach(head -> lines.append(EventDocuments.streamKey(head.stream(), head.sequence()))
        .append(' ').append(head.hash()).append('\n'));
    String hex = HashChain.sha256(lines.toString().getBytes(StandardCharsets.UTF_8));
    return new StoreDigest(position + "-" + hex, position, heads.size(), List.copyOf(heads));
  }

  /**
   * The position a written-down digest covers.
   *
   * @throws IllegalArgumentException naming what is wrong with it
   */
  public static long positionOf(String digest) {
    Matcher parts = FORMAT.matcher(digest == null ? "" : digest);
    if (!parts.matches()) {
      throw new IllegalArgumentException(
          "must be <position>-<64 lowercase hex digits> as GET /api/audit/digest gives it: " + digest);
    }
    return Long.parseLong(parts.group(1));
  }
}
