package org.outreach.pipeline.job;

import org.outreach.ingest.support.FailedStepExitStatus;
import org.outreach.pipeline.alert.RunAlerts;
import org.outreach.pipeline.logs.RunLogFile;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly job: extract every source incrementally into the raw lake (reference data
 * first, since the CRM check of service codes reads it), transform in Spark, build the new
 * warehouse, check it with the quality gate, publish it, and write the funder packs of this
 * financial year and the last. Each step is restartable: a failed run, restarted, resumes at the failed
 * step and ends with the figures of an uninterrupted run. Each run logs to its own file, and
 * alerts the operator when it fails or publishes with quality warnings. Each source's steps
 * come as its extract job's flow, so their order is written once.
 */
@Configuration
public class NightlyJobConfiguration {

    @Bean
    public Job nightlyJob(JobRepository jobRepository, Flow referenceExtractFlow, Flow crmExtractFlow,
                          Flow metaExtractFlow, Flow busExtractFlow, Flow worksExtractFlow,
                          Flow firstClickExtractFlow, Flow referralsExtractFlow,
                          Step transformStep, Step warehouseLoadStep, Step qualityGateStep,
                          Step warehousePublishStep, Step funderPackStep,
                          RunLogFile runLogFile, RunAlerts runAlerts) {
        return new JobBuilder("nightlyJob", jobRepository)
                // The log file first: it opens before and closes after the alerts, which it records.
                .listener(runLogFile)
                .listener(runAlerts)
                // Last, so that it runs first after the job and the alerts read the failed step's reason.
                .listener(new FailedStepExitStatus())
                .start(referenceExtractFlow)
                .next(crmExtractFlow)
                .next(metaExtractFlow)
                .next(busExtractFlow)
                .next(worksExtractFlow)
                .next(firstClickExtractFlow)
                .next(referralsExtractFlow)
                .next(transformStep)
                .next(warehouseLoadStep)
                .next(qualityGateStep)
                .next(warehousePublishStep)
                .next(funderPackStep)
                .end()
                .build();
    }
}
