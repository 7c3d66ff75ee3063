package io.fiscaltrail.query.pages;

import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links between the pages of one department's year, each carrying the date and the recorded
 * time the page was read at, so that a drill-down shows the same books.
 *
 * @param asOf the effective date, YYYY-MM-DD
 * @param knownAt the recorded time as an ISO instant, or null for everything recorded so far
 */
public record YearLinks(String code, int year, String asOf, String knownAt) {

  public String overview() {
    return times(path("")).toUriString();
  }

  public String timeline() {
    return path("/timeline").queryParamIfPresent("knownAt", Optional.ofNullable(knownAt)).toUriString();
  }

  /** The timeline row of an event. */
  public String event(String eventId) {
    return timeline() + "#event-" + eventId;
  }

  public String trace(String figure) {
    return times(path("/trace").queryParam("figure", figure)).toUriString();
  }

  public String report() {
    return times(path("/report")).toUriString();
  }

  public String diff() {
    return path("/diff").toUriString();
  }

  private UriComponentsBuilder path(String page) {
    return UriComponentsBuilder.fromPath("/departments/{code}/years/{year}" + page)
        .uriVariables(Map.of("code", code, "year", year));
  }

  private UriComponentsBuilder times(UriComponentsBuilder link) {
    link.queryParam("asOf", asOf);
    return knownAt == null ? link : link.queryParam("knownAt", knownAt);
  }
}
