package org.outreach.ingest.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * The ratio rule of the quarantine (outreach.quarantine.max-ratio): a record that breaks the
 * contract is skipped (and quarantined) while its file's quarantined records stay within the
 * ratio of the file's records; past it the whole file is judged unreadable and the step fails,
 * naming the file and its first broken record. Anything else is never skipped.
 */
public final class QuarantineRatioPolicy implements SkipPolicy, StepExecutionListener {

    private final Map<PendingFile, Rejections> rejections = new HashMap<>();

    private static final class Rejections {
        private long count;
        private RejectedRecord first;
    }

    @Override
    public boolean shouldSkip(Throwable t, long skipCount) {
        if (!(t instanceof RejectedRecord rejected)) {
            return false;
        }
        PendingFile file = rejected.record().file();
        Rejections seen = rejections.computeIfAbsent(file, f -> new Rejections());
        seen.count++;
        if (seen.first == null) {
            seen.first = rejected;
        }
        if ((double) seen.count / file.records() > file.feed().maxQuarantineRatio()) {
            ContractViolation first = seen.first.violation();
            throw new UnreadableFileException(file.file().path(), "at least " + seen.count + " of " + file.records()
                    + " records break the contract, more than the allowed ratio " + file.feed().maxQuarantineRatio()
                    + " (outreach.quarantine.max-ratio); first: line " + seen.first.record().record().line() + " "
                    + first.field() + ": " + first.reason());
        }
        return true;
    }

    /** Forgets the files of an earlier execution: a restarted step counts afresh. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        rejections.clear();
    }
}
