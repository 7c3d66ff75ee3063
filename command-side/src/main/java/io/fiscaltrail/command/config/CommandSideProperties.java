package io.fiscaltrail.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the write side.
 *
 * @param snapshotThreshold events after which a fiscal year's state is snapshotted, so that a
 *     command never re-reads a long stream from its start
 * @param conflictRetries how often a command that lost an optimistic-concurrency race is retried
 *     on fresh state before the caller gets 409
 */
@ConfigurationProperties("fiscaltrail.command")
public record CommandSideProperties(
    @DefaultValue("250") int snapshotThreshold, @DefaultValue("3") int conflictRetries) {}
