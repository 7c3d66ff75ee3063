package io.fiscaltrail.query.audit;

import io.fiscaltrail.query.figures.YearFiguresReader;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditNotesController {

  private final YearFiguresReader reader;

  AuditNotesController(YearFiguresReader reader) {
    this.reader = reader;
  }

  /** The year's auditors' notes in recording order; {@code knownAt} leaves out those recorded after it. */
  @GetMapping("/api/departments/{code}/years/{year}/audit-notes")
  List<AuditNoteView> notes(
      @PathVariable String code, @PathVariable int year, @RequestParam(required = false) String knownAt) {
    return reader.read(code, year, null, knownAt).book(false).notes().stream().map(AuditNoteView::of).toList();
  }
}
