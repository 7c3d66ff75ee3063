package io.fiscaltrail.query.diff;

import java.time.LocalDate;
import java.util.List;

/** What changed in a year's figures and indicators from one effective date to a later one. */
public record DiffView(LocalDate from, LocalDate to, List<Change> figures, List<Change> indicators) {}
