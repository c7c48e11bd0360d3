package org.outreach.pipeline.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.outreach.pipeline.config.FunderPackProperties;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.warehouse.pack.FunderPack;
import org.outreach.warehouse.pack.NoFiguresException;
import org.outreach.warehouse.pack.PackResult;
import org.outreach.warehouse.pack.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** After a successful publish, the funder packs of the as-of date's financial year and the one before. */
@Configuration
public class FunderPackStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FunderPackStepConfiguration.class);

    @Bean
    public Step funderPackStep(JobRepository jobRepository, PipelineProperties pipeline,
                               FunderPackProperties packs) {
        return new StepBuilder("funderPackStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    LocalDate asOf = contribution.getStepExecution().getJobParameters().getLocalDate("asOf");
                    FunderPack pack = new FunderPack(packs.disclosure().toPolicy(), packs.contact());
                    List<String> written = new ArrayList<>();
                    for (Period period : periods(asOf)) {
                        try {
                            PackResult result = pack.write(pipeline.warehouse(), period, pipeline.extracts());
                            contribution.incrementWriteCount(result.rows());
                            written.add(period.label());
                            log.info("funder pack {}: {} rows in {}", period, result.rows(), result.folder());
                        } catch (NoFiguresException noFigures) {
                            // A young estate has no previous year yet: nothing to publish for it.
                            log.info("funder pack {}: {}", period, noFigures.getMessage());
                        }
                    }
                    contribution.getStepExecution().getExecutionContext().putString("packs",
                            written.isEmpty() ? "none" : String.join(", ", written));
                    return RepeatStatus.FINISHED;
                })
                .build();
    }

    static List<Period> periods(LocalDate asOf) {
        Period current = Period.financialYearOf(asOf);
        return List.of(current, current.previous());
    }
}
