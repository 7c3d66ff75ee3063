package io.fiscaltrail.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event store, under {@code fiscaltrail.event-store}.
 *
 * @param gapTimeout how long tracking readers wait for an allocated number whose event has not been
 *     inserted, counted from the recording of a later event; after it, its writer is taken to have
 *     failed and the number is skipped for good
 */
@ConfigurationProperties("fiscaltrail.event-store")
public record EventStoreProperties(@DefaultValue("10s") Duration gapTimeout) {}
