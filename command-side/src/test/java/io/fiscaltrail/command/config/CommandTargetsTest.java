package io.fiscaltrail.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

/** Commands find their aggregate as with Axon's own resolver, command after command. */
class CommandTargetsTest {

  record Versioned(@TargetAggregateIdentifier String id, @TargetAggregateVersion long version) {}

  record OfAYear(@TargetAggregateIdentifier BudgetYearId year, String note) {}

  static final class ByFields {
    @TargetAggregateIdentifier private final String id;
    @TargetAggregateVersion private final String version;

    ByFields(String id, String version) {
      this.id = id;
      this.version = version;
    }
  }

  record Untargeted(String note) {}

  record TargetMissing(@TargetAggregateIdentifier String id) {}

  private final CommandTargets targets = new CommandTargets();
  private final AnnotationCommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();

  @Test
  void eachCommandTargetsWhatAxonsResolverFinds() {
    for (Object command : List.of(
        new Versioned("budget-a", 3), new Versioned("budget-b", 4),
        new OfAYear(BudgetYearId.of("beita-union", 2022), "x"), new OfAYear(BudgetYearId.of("beita-union", 2023), "y"),
        new ByFields("register-1", "12"), new ByFields("register-2", null))) {
      VersionedAggregateIdentifier ours = targets.resolveTarget(GenericCommandMessage.asCommandMessage(command));
      VersionedAggregateIdentifier theirs = axons.resolveTarget(GenericCommandMessage.asCommandMessage(command));

      assertThat(ours.getIdentifierValue()).isEqualTo(theirs.getIdentifierValue());
      assertThat(ours.getVersion()).isEqualTo(theirs.getVersion());
    }
    assertThat(targets.resolveTarget(GenericCommandMessage.asCommandMessage(new ByFields("register-1", "12"))).getVersion())
        .isEqualTo(12L);
  }

  @Test
  void aCommandWithoutATargetIsRefusedAsAxonRefusesIt() {
    for (Object command : List.of(new Untargeted("x"), new TargetMissing(null))) {
      Throwable theirs = catchThrowable(() -> axons.resolveTarget(GenericCommandMessage.asCommandMessage(command)));

      assertThatThrownBy(() -> targets.resolveTarget(GenericCommandMessage.asCommandMessage(command)))
          .isExactlyInstanceOf(theirs.getClass())
          .hasMessage(theirs.getMessage());
    }
  }
}
