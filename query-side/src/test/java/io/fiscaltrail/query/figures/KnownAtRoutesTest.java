package io.fiscaltrail.query.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.fiscaltrail.query.InventedYear;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The invented year's voucher O-1 takes effect on 2023-08-08 but was recorded on 2023-11-20. */
@ReadModelTest
class KnownAtRoutesTest {

  private static final String YEAR = "/api/departments/hexi-water/years/2023";
  private static final String BEFORE_O1 = "2023-11-01T00:00:00Z";

  @Autowired MockMvc mvc;
  @Autowired ReadModel readModel;

  @BeforeEach
  void load() {
    readModel.clear();
    readModel.feed(InventedYear.history());
  }

  @Test
  void knownAtHidesWhatWasRecordedLater() throws Exception {
    mvc.perform(get(YEAR + "/budget").param("asOf", "2023-12-31"))
        .andExpect(jsonPath("$.spent").value("5680000.00"));
    mvc.perform(get(YEAR + "/budget").param("asOf", "2023-12-31").param("knownAt", BEFORE_O1))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.spent").value("5545000.00"))
        .andExpect(jsonPath("$.appropriated").value("6300000.00"));
  }

  @Test
  void knownAtNowAnswersAsTheBooksStand() throws Exception {
    String asTheyStand = mvc.perform(get(YEAR + "/figures").param("asOf", "2023-12-31"))
        .andReturn().getResponse().getContentAsString();
    String knownLater = mvc.perform(get(YEAR + "/figures").param("asOf", "2023-12-31")
            .param("knownAt", "2030-01-01T00:00:00+08:00"))
        .andReturn().getResponse().getContentAsString();
    assertThat(knownLater).isEqualTo(asTheyStand);
  }

  @Test
  void theTraceAgreesWithTheFiguresAsKnown() throws Exception {
    mvc.perform(get(YEAR + "/trace").param("figure", "EXPENDITURE_TOTAL").param("asOf", "2023-12-31")
            .param("knownAt", BEFORE_O1))
        .andExpect(jsonPath("$.value").value("5545000.00"))
        .andExpect(jsonPath("$.total").value("5545000.00"))
        .andExpect(jsonPath("$.entries[*].document", not(hasItem("O-1"))));
    mvc.perform(get(YEAR + "/trace").param("figure", "EXPENDITURE_TOTAL").param("asOf", "2023-12-31"))
        .andExpect(jsonPath("$.entries[*].document", hasItem("O-1")));
  }

  @Test
  void everyYearRouteTakesKnownAt() throws Exception {
    for (String route : List.of("/indicators", "/findings", "/report")) {
      mvc.perform(get(YEAR + route).param("asOf", "2023-12-31").param("knownAt", BEFORE_O1))
          .andExpect(status().isOk());
    }
  }

  @Test
  void theReportAsKnownAtATimeDoesNotChangeWhenLaterFactsArrive() throws Exception {
    Instant knownAt = Instant.parse(BEFORE_O1);
    List<DomainEventMessage<?>> all = InventedYear.history().messages();
    List<DomainEventMessage<?>> known = all.stream().filter(m -> !m.getTimestamp().isAfter(knownAt)).toList();
    readModel.clear();
    readModel.feed(known, 100);
    String before = report(BEFORE_O1);
    readModel.feed(all.subList(known.size(), all.size()), 100);
    assertThat(report(BEFORE_O1)).isEqualTo(before);
    assertThat(report(null)).isNotEqualTo(before);
  }

  @Test
  void aBadKnownAtIsABadRequestNamingIt() throws Exception {
    for (String route : List.of("/budget", "/figures", "/indicators", "/findings", "/trace", "/report")) {
      mvc.perform(get(YEAR + route).param("figure", "EXPENDITURE_TOTAL").param("knownAt", "yesterday"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("knownAt"));
    }
  }

  private String report(String knownAt) throws Exception {
    var request = get(YEAR + "/report").param("asOf", "2023-12-31").param("format", "markdown");
    if (knownAt != null) {
      request.param("knownAt", knownAt);
    }
    return mvc.perform(request).andReturn().getResponse().getContentAsString();
  }
}
