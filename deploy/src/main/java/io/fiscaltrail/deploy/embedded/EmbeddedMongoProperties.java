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
   * @param derivedCollections collections rebuilt from the events (read models and their
   *     checkpoints, tracking tokens, snapshots) or of no use after a restart (the query
   *     instances' heartbeats), kept in a file of their own ({@code fiscaltrail-derived.mv}) that
   *     only the flush commits: a crash rolls them back to the last flush and the projections
   *     catch up again. Never name the events or anything that is not rebuilt from them.
   * @param deferredCollections collections kept with the events but answered without a commit of
   *     their own, because each write to them comes before an event that needs it and that event's
   *     commit holds it: the global-sequence counter and the voucher register. Every collection
   *     neither derived nor deferred is durable: committed and fsynced before it is answered.
   * @param flushInterval how long writes to derived and deferred collections stay in memory at most
   */
  public record EmbeddedMongo(
      @DefaultValue("0") int port,
      @DefaultValue({
        "snapshotevents", "trackingtokens", "query_instances",
        "budget_year_figures", "budget_year_ledger", "budget_year_checkpoints",
        "asset_registers", "asset_register_ledger", "asset_register_checkpoints", "departments"
      })
          Set<String> derivedCollections,
      @DefaultValue("eventsequence") Set<String> deferredCollections,
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
