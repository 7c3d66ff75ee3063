package io.fiscaltrail.query.diff;

import java.util.List;

/**
 * A figure or indicator whose value differs between the two dates, as decimal strings ({@code
 * null} for an undefined indicator), and the events effective between them that stand behind it.
 */
public record Change(String code, String name, String unit, String before, String after, List<String> events) {}
