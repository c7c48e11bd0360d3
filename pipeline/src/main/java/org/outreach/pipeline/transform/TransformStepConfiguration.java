package org.outreach.pipeline.transform;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.pipeline.job.RunOutputs;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.StoppableTasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TransformStepConfiguration {

    /** Runs the Spark transform over the whole raw lake into this run's output folder. */
    @Bean
    public Step transformStep(JobRepository jobRepository, SparkTransformLauncher launcher, IngestProperties ingest) {
        return new StepBuilder("transformStep", jobRepository)
                .tasklet(new TransformTasklet(launcher, ingest))
                .build();
    }

    /** Stoppable: stopping the job stops the Spark child with it. */
    static final class TransformTasklet implements StoppableTasklet {

        private final SparkTransformLauncher launcher;
        private final IngestProperties ingest;

        TransformTasklet(SparkTransformLauncher launcher, IngestProperties ingest) {
            this.launcher = launcher;
            this.ingest = ingest;
        }

        @Override
        public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
            JobParameters parameters = contribution.getStepExecution().getJobParameters();
            Path output = RunOutputs.of(ingest.lake(), parameters.getString("runId"));
            LocalDate asOf = parameters.getLocalDate("asOf");
            Properties summary = launcher.run(ingest.lake(), output, asOf);
            contribution.getStepExecution().setReadCount(Long.parseLong(summary.getProperty("rows.read", "0")));
            contribution.incrementWriteCount(Long.parseLong(summary.getProperty("rows.written", "0")));
            return RepeatStatus.FINISHED;
        }

        @Override
        public void stop() {
            launcher.stop();
        }
    }
}
