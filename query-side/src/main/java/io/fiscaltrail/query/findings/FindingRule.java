package io.fiscaltrail.query.findings;

import java.util.List;

/** One rule an auditor applies to a year; it finds nothing, or one finding per case. */
interface FindingRule {

  List<Finding> check(Evaluation evaluation);
}
