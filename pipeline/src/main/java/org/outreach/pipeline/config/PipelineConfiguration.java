package org.outreach.pipeline.config;

import org.outreach.pipeline.alert.AlertProperties;
import org.outreach.pipeline.logs.RunLogProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({PipelineProperties.class, SparkProperties.class, IndicatorProperties.class,
        QualityProperties.class, FunderPackProperties.class, RunLogProperties.class, AlertProperties.class})
public class PipelineConfiguration {
}
