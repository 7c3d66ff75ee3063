package io.fiscaltrail.query.diff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What changed in a year's figures and indicators as of one date, between two recorded times. */
public record KnowledgeDiffView(
    LocalDate asOf, Instant knownAtFrom, Instant knownAtTo, List<Change> figures, List<Change> indicators) {}
