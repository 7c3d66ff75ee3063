package io.fiscaltrail.query.budget;

import io.fiscaltrail.query.ledger.EventOrigin;

/** An auditor's finding or note on the year; its origin names who recorded it and when. */
public record AuditNote(EventOrigin origin, String text, String subject, String document) {}
