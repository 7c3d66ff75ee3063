package io.fiscaltrail.deploy.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Where and how the all-in-one application runs its embedded MongoDB.
 *
 * @param dataDir the directory that holds the data file, {@code ./data} unless set; created when
 *     missing
 * @param embeddedMongo the embedded server's own settings
 */
@ConfigurationProperties(EmbeddedMongoProperties.PREFIX)
public record EmbeddedMongoProperties(
    @DefaultValue("./data") Path dataDir, @DefaultValue EmbeddedMongo embeddedMongo) {

  static final String PREFIX = "fiscaltrail";

  /**
   * @param port the port on 127.0.0.1; 0 takes any free one
   * @param derivedCollections collections whose writes are answered before they reach the disk,
   *     because a crash may roll them back to the state of the last commit: the read models, the
   *     tracking tokens and the snapshots (rebuilt from the events, the projections catch up
   *     again), the global-sequence counter and the voucher register (each written before the
   *     event that needs it, so every commit that holds an event holds them too). Every other
   *     collection is durable: committed and fsynced before it is answered. Never name the events
   *     or anything that no later write depends on.
   * @param flushInterval how long writes to derived collections stay in memory at most
   */
  public record EmbeddedMongo(
      @DefaultValue("0") int port,
      @DefaultValue({
        "eventsequence", "snapshotevents", "trackingtokens", "vouchers",
        "budget_year_figures", "budget_year_ledger", "asset_registers", "asset_register_ledger", "departments"
      })
          Set<String> derivedCollections,
      @DefaultValue("1s") Duration flushInterval) {}

  /**
   * Binds the properties straight from the environment. They are needed in an environment
   * post-processor, before any bean exists, so a configuration-properties bean cannot be injected
   * there; the binder applies the same rules (relaxed names, defaults, conversion).
   */
  static EmbeddedMongoProperties from(ConfigurableEnvironment environment) {
    return Binder.get(environment).bindOrCreate(PREFIX, EmbeddedMongoProperties.class);
  }
}
