package org.outreach.pipeline.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({PipelineProperties.class, SparkProperties.class, IndicatorProperties.class,
        QualityProperties.class, FunderPackProperties.class})
public class PipelineConfiguration {
}
