package io.fiscaltrail.query.timeline;

/**
 * What an auditor should notice about an entry: recorded after the date it takes effect on
 * (backdated), the event it corrects or reverses, and the event that later corrected or reversed it.
 */
public record TimelineFlags(
    boolean backdated, String correctionOf, String reversalOf, String correctedBy, String reversedBy) {}
