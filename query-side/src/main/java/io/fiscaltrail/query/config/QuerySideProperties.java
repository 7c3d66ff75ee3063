package io.fiscaltrail.query.config;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the read side.
 *
 * @param zone the time zone of the books: "today" and the date of a recorded time are taken there
 * @param batchSize events a projection folds per read-model write
 * @param segments how many parts each projection's event stream is split into, so that several
 *     query-side instances can share the work
 */
@ConfigurationProperties("fiscaltrail.query")
public record QuerySideProperties(
    @DefaultValue("Asia/Shanghai") ZoneId zone,
    @DefaultValue("500") int batchSize,
    @DefaultValue("2") int segments) {}
