package org.outreach.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exit statuses of INTERFACES.md: 0 success, 1 failure, 2 usage or configuration error. */
class OutreachCommandTest {

    @Test
    void helpSucceedsForEveryCommand() {
        assertThat(OutreachCommand.execute("--help")).isZero();
        for (String command : new String[] {"demo", "run", "backfill", "query", "extract", "status", "rollback"}) {
            assertThat(OutreachCommand.execute(command, "--help")).as(command).isZero();
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(OutreachCommand.execute("launch")).isEqualTo(2);
        assertThat(OutreachCommand.execute("run", "--as-of", "31/03/2011")).isEqualTo(2);
        assertThat(OutreachCommand.execute("query", "--format", "xml", "SELECT 1")).isEqualTo(2);
        assertThat(OutreachCommand.execute("status", "--config", "/nonexistent/outreach.yml")).isEqualTo(2);
    }

    @Test
    void aPeriodThatIsNeitherAYearNorAMonthExitsTwo() {
        assertThat(OutreachCommand.execute("extract", "--period", "2010/12")).isEqualTo(2);
        assertThat(OutreachCommand.execute("extract", "--period", "FY2010")).isEqualTo(2);
    }

    @Test
    void aBackfillRangeMustRunForwardsAndEndByTheAsOfDateElseExitsTwo() {
        assertThat(OutreachCommand.execute("backfill", "--from", "2011-03-01", "--to", "2011-02-01",
                "--as-of", "2011-03-31")).isEqualTo(2);
        assertThat(OutreachCommand.execute("backfill", "--from", "2011-03-01", "--to", "2011-04-30",
                "--as-of", "2011-03-31")).isEqualTo(2);
        assertThat(OutreachCommand.execute("backfill", "--from", "2011-03-01")).isEqualTo(2);
    }
}
