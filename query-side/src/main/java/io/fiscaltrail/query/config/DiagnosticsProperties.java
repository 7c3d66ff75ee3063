package io.fiscaltrail.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Diagnostics of the read side, off in production.
 *
 * @param countDeliveries count in {@code projection_deliveries} how often each event reached each
 *     projection (one more write per batch); the scale test reads it
 */
@ConfigurationProperties("fiscaltrail.query.diagnostics")
public record DiagnosticsProperties(@DefaultValue("false") boolean countDeliveries) {}
