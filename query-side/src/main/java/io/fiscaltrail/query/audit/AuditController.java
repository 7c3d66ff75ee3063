package io.fiscaltrail.query.audit;

import io.fiscaltrail.eventstore.StoreAudit;
import io.fiscaltrail.eventstore.StoreDigest;
import io.fiscaltrail.eventstore.Verification;
import io.fiscaltrail.query.web.InvalidParameter;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Whether the event store is as it was written: the hash chains of every stream, and the digest of their heads. */
@RestController
class AuditController {

  private final StoreAudit audit;

  /** Lazy: the read model's own tests run without the event store. */
  AuditController(@Lazy StoreAudit audit) {
    this.audit = audit;
  }

  @GetMapping("/api/audit/verify")
  Verification verify(@RequestParam(required = false) String digest) {
    if (digest == null) {
      return audit.verify();
    }
    try {
      StoreDigest.positionOf(digest);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter("digest", e.getMessage());
    }
    return audit.verify(digest);
  }

  @GetMapping("/api/audit/digest")
  StoreDigest digest() {
    return audit.digest();
  }
}
