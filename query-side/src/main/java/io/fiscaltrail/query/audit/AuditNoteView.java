package io.fiscaltrail.query.audit;

import io.fiscaltrail.query.budget.AuditNote;
import java.time.Instant;

/** An auditor's note as the route answers it: who recorded it and when, and what it says about what. */
record AuditNoteView(
    String eventId, Instant recordedAt, String actor, String text, String subject, String document) {

  static AuditNoteView of(AuditNote note) {
    return new AuditNoteView(
        note.origin().eventId(), note.origin().recordedAt(), note.origin().actor(), note.text(), note.subject(),
        note.document());
  }
}
