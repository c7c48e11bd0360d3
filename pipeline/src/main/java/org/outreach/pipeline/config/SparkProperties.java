package org.outreach.pipeline.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the transform runs.
 *
 * @param master       Spark master: local[*], spark://host:7077, yarn, k8s://...
 * @param driverMemory heap of the transform's JVM (the driver, and in local mode the executors)
 * @param classpath    the transform application's classpath; by default transform/target under home
 */
@ConfigurationProperties("outreach.spark")
public record SparkProperties(@DefaultValue("local[*]") String master,
                              @DefaultValue("3g") String driverMemory,
                              String classpath) {
}
