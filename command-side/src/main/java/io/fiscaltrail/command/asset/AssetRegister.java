package io.fiscaltrail.command.asset;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.fiscaltrail.command.CommonRules;
import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.kernel.asset.AcquireFixedAsset;
import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.kernel.asset.ChangeFixedAssetUse;
import io.fiscaltrail.kernel.asset.CurrentAssetsStated;
import io.fiscaltrail.kernel.asset.DepreciateFixedAsset;
import io.fiscaltrail.kernel.asset.DisposeFixedAsset;
import io.fiscaltrail.kernel.asset.FixedAssetAcquired;
import io.fiscaltrail.kernel.asset.FixedAssetDepreciated;
import io.fiscaltrail.kernel.asset.FixedAssetDisposed;
import io.fiscaltrail.kernel.asset.FixedAssetUseChanged;
import io.fiscaltrail.kernel.asset.StateCurrentAssets;
import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A department's assets across the years: balances of current assets as stated on dates, and
 * each fixed asset from acquisition through depreciation and use to disposal.
 */
@Aggregate(cache = "assetRegisterCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class AssetRegister {

  @AggregateIdentifier private AssetRegisterId id;
  private final Map<String, FixedAsset> fixedAssets = new HashMap<>();

  protected AssetRegister() {
    // for Axon and snapshot deserialization
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(StateCurrentAssets command, DepartmentDirectory departments) {
    CommonRules.amountIsNotNegative("amount", command.amount());
    CommonRules.isPresent("effectiveDate", command.effectiveDate());
    identify(command.register(), departments);
    apply(new CurrentAssetsStated(id, command.amount(), command.effectiveDate(), command.document()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(AcquireFixedAsset command, DepartmentDirectory departments) {
    CommonRules.isPresent("assetId", command.assetId());
    CommonRules.isPresent("effectiveDate", command.effectiveDate());
    CommonRules.amountIsNotNegative("cost", command.cost());
    identify(command.register(), departments);
    if (fixedAssets.containsKey(command.assetId())) {
      throw RejectedCommand.conflict("assetId", "asset " + command.assetId() + " is already registered");
    }
    apply(
        new FixedAssetAcquired(
            id, command.assetId(), command.description(), command.cost(), command.effectiveDate(),
            command.document(), command.inUse()));
  }

  @CommandHandler
  void handle(DepreciateFixedAsset command) {
    FixedAsset asset = standing(command.assetId(), command.effectiveDate());
    CommonRules.amountIsNotNegative("amount", command.amount());
    if (command.amount().compareTo(asset.netValue()) > 0) {
      throw RejectedCommand.invalid(
          "amount", "depreciation of " + command.amount() + " exceeds the net value " + asset.netValue());
    }
    apply(new FixedAssetDepreciated(id, command.assetId(), command.amount(), command.effectiveDate(), command.document()));
  }

  @CommandHandler
  void handle(ChangeFixedAssetUse command) {
    FixedAsset asset = standing(command.assetId(), command.effectiveDate());
    apply(
        new FixedAssetUseChanged(
            id, command.assetId(), command.inUse(), asset.cost(), command.effectiveDate(), command.document()));
  }

  @CommandHandler
  void handle(DisposeFixedAsset command) {
    FixedAsset asset = standing(command.assetId(), command.effectiveDate());
    apply(
        new FixedAssetDisposed(
            id, command.assetId(), asset.netValue(), command.effectiveDate(), command.document(),
            command.reason()));
  }

  private void identify(AssetRegisterId register, DepartmentDirectory departments) {
    if (id == null) {
      if (!departments.isRegistered(register.department())) {
        throw RejectedCommand.notFound(
            "department", "department " + register.department() + " is not registered");
      }
      id = register;
    }
  }

  private FixedAsset standing(String assetId, LocalDate effectiveDate) {
    CommonRules.isPresent("effectiveDate", effectiveDate);
    FixedAsset asset = fixedAssets.get(assetId);
    if (asset == null || asset.disposed()) {
      throw RejectedCommand.invalid("assetId", "no standing fixed asset " + assetId + " in the register");
    }
    return asset;
  }

  @EventSourcingHandler
  void on(CurrentAssetsStated event) {
    id = event.register();
  }

  @EventSourcingHandler
  void on(FixedAssetAcquired event) {
    id = event.register();
    fixedAssets.put(event.assetId(), new FixedAsset(event.cost(), event.cost(), false));
  }

  @EventSourcingHandler
  void on(FixedAssetDepreciated event) {
    fixedAssets.computeIfPresent(event.assetId(), (k, a) -> a.depreciatedBy(event.amount()));
  }

  @EventSourcingHandler
  void on(FixedAssetDisposed event) {
    fixedAssets.computeIfPresent(event.assetId(), (k, a) -> a.disposedOf());
  }

  /** What the register remembers of a fixed asset. */
  record FixedAsset(Money cost, Money netValue, boolean disposed) {

    FixedAsset depreciatedBy(Money amount) {
      return new FixedAsset(cost, netValue.minus(amount), disposed);
    }

    FixedAsset disposedOf() {
      return new FixedAsset(cost, Money.ZERO, true);
    }
  }
}
