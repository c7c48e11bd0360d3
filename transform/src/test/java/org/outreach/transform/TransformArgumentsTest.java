package org.outreach.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.outreach.datasets.ReviewThreshold;
import picocli.CommandLine.ParameterException;

class TransformArgumentsTest {

    @Test
    void readsEveryArgument() {
        TransformArguments arguments = TransformArguments.parse("--lake", "file:/lake", "--output", "file:/out",
                "--as-of", "2011-03-31", "--master", "local[2]", "--review-threshold", "1.5");

        assertThat(arguments).isEqualTo(new TransformArguments("file:/lake", "file:/out", LocalDate.of(2011, 3, 31),
                "local[2]", 1.5));
    }

    @Test
    void leavesTheMasterToSparkSubmitAndDefaultsTheReviewThreshold() {
        TransformArguments arguments = TransformArguments.parse("--lake", "l", "--output", "o", "--as-of", "2011-03-31");

        assertThat(arguments.master()).isNull();
        assertThat(arguments.reviewThreshold()).isEqualTo(Double.parseDouble(ReviewThreshold.DEFAULT));
    }

    @Test
    void aMissingArgumentIsNamed() {
        assertThatThrownBy(() -> TransformArguments.parse("--lake", "l", "--as-of", "2011-03-31"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--output");
    }

    @Test
    void aBlankArgumentIsNamed() {
        assertThatThrownBy(() -> TransformArguments.parse("--lake", " ", "--output", "o", "--as-of", "2011-03-31"))
                .isInstanceOf(ParameterException.class).hasMessage("missing --lake");
    }

    @Test
    void aMalformedDateIsNamed() {
        assertThatThrownBy(() -> TransformArguments.parse("--lake", "l", "--output", "o", "--as-of", "2011-13-01"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--as-of").hasMessageContaining("2011-13-01");
    }

    @Test
    void anUnknownArgumentIsNamed() {
        assertThatThrownBy(() -> TransformArguments.parse("--lake", "l", "--output", "o", "--as-of", "2011-03-31",
                "--reveiw-threshold", "3"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--reveiw-threshold");
    }
}
