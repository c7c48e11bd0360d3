package org.outreach.warehouse.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aSlashNamesAFinancialYearFromAprilToMarch() {
        Period year = Period.parse("2010/11");

        assertThat(year.type()).isEqualTo(Period.Type.FY);
        assertThat(year.first()).isEqualTo(YearMonth.of(2010, 4));
        assertThat(year.last()).isEqualTo(YearMonth.of(2011, 3));
        assertThat(year.label()).isEqualTo("2010/11");
        assertThat(year.folderName()).isEqualTo("fy-2010-11");
    }

    @Test
    void aDashNamesAMonth() {
        Period month = Period.parse("2010-11");

        assertThat(month.type()).isEqualTo(Period.Type.MONTH);
        assertThat(month.first()).isEqualTo(YearMonth.of(2010, 11));
        assertThat(month.label()).isEqualTo("2010-11");
        assertThat(month.folderName()).isEqualTo("month-2010-11");
    }

    @Test
    void theCenturyTurnsInsideAFinancialYear() {
        assertThat(Period.parse("1999/00").last()).isEqualTo(YearMonth.of(2000, 3));
        assertThat(Period.parse("1999/00").label()).isEqualTo("1999/00");
    }

    @Test
    void aDateBelongsToTheFinancialYearThatStartedTheAprilBefore() {
        assertThat(Period.financialYearOf(LocalDate.of(2011, 3, 31))).isEqualTo(Period.parse("2010/11"));
        assertThat(Period.financialYearOf(LocalDate.of(2011, 4, 1))).isEqualTo(Period.parse("2011/12"));
    }

    @Test
    void previousSteps() {
        assertThat(Period.parse("2010/11").previous()).isEqualTo(Period.parse("2009/10"));
        assertThat(Period.parse("2011-01").previous()).isEqualTo(Period.parse("2010-12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010/12", "2010-13", "2010-00", "2010", "10/11", "2010/2011", " 2010/11", "FY2010"})
    void badInputIsNamedWithTheTwoAcceptedForms(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'").hasMessageContaining("2010/11")
                .hasMessageContaining("2010-11");
    }
}
