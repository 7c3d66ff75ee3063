package io.fiscaltrail.command.importing;

import io.fiscaltrail.command.web.AppendedEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import stored.
 *
 * @param records how many records were imported
 * @param recordsByType how many of each record type, in the order the types first appear
 * @param events every event appended, in order
 */
public record ImportResult(int records, Map<String, Integer> recordsByType, List<AppendedEvent> events) {

  public ImportResult {
    recordsByType = Collections.unmodifiableMap(new LinkedHashMap<>(recordsByType));
    events = List.copyOf(events);
  }
}
