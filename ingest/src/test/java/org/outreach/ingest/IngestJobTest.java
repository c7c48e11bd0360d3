package org.outreach.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import java.time.LocalDate;
import org.outreach.ingest.support.Backfill;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * What the ingest job tests share: a throwaway inbox (with a copy of the project's reference
 * files in reference/) and lake, and an in-memory job repository.
 */
@SpringBatchTest
@SpringBootTest(classes = IngestTestApplication.class)
public abstract class IngestJobTest {

    protected static final Path inbox = temporary("outreach-inbox-");
    protected static final Path lake = temporary("outreach-lake-");

    @Autowired
    protected JobOperatorTestUtils jobs;

    @Autowired
    private JobRepositoryTestUtils jobRepository;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("outreach.sources.inbox", inbox::toString);
        registry.add("outreach.lake", lake::toString);
        registry.add("outreach.reference", () -> inbox.resolve("reference").toString());
        registry.add("outreach.secret", () -> "test-secret-0123456789abcdef");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:jobs-" + UUID.randomUUID());
        registry.add("spring.batch.jdbc.initialize-schema", () -> "always");
        registry.add("spring.batch.job.enabled", () -> "false");
    }

    @BeforeEach
    void emptyInboxAndLake() throws IOException {
        jobRepository.removeJobExecutions();
        FileSystemUtils.deleteRecursively(inbox);
        FileSystemUtils.deleteRecursively(lake);
        Path reference = Files.createDirectories(inbox.resolve("reference"));
        Path project = Path.of("").toAbsolutePath().getParent().resolve("reference");
        for (String file : new String[] {"locations.csv", "service-codes.csv", "funding.csv"}) {
            Files.copy(project.resolve(file), reference.resolve(file));
        }
    }

    @AfterAll
    static void removeFolders() throws IOException {
        FileSystemUtils.deleteRecursively(inbox);
        FileSystemUtils.deleteRecursively(lake);
    }

    protected static JobParameters run(String runId) {
        return new JobParametersBuilder().addString("runId", runId).toJobParameters();
    }

    protected static JobParameters backfill(String runId, LocalDate from, LocalDate to) {
        return new JobParametersBuilder().addString("runId", runId).addLocalDate(Backfill.FROM_PARAMETER, from)
                .addLocalDate(Backfill.TO_PARAMETER, to).toJobParameters();
    }

    protected static Path drop(String relative, String content) throws IOException {
        Path file = inbox.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Path temporary(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
