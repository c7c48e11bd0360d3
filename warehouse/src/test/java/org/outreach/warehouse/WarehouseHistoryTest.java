package org.outreach.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseHistoryTest {

    @TempDir
    Path folder;

    @Test
    void keepsTheReplacedFilesAndRestoresOne() throws Exception {
        Path warehouse = folder.resolve("outreach.duckdb");
        for (int run = 1; run <= 4; run++) {
            TestWarehouses.publish(RunOutputFixture.write(folder.resolve("run-" + run), run), warehouse,
                    folder.resolve("none"), List.of(), 2);
        }
        WarehouseHistory history = new WarehouseHistory(warehouse, 2);
        assertThat(history.list()).as("the two newest replaced files").hasSize(2);
        assertThat(transactions(warehouse)).isEqualTo(4L);

        String second = history.list().get(0).getFileName().toString();
        history.restore(second);

        assertThat(transactions(warehouse)).as("the run-2 warehouse is back").isEqualTo(2L);
        assertThat(history.list()).hasSize(2).noneMatch(p -> p.getFileName().toString().equals(second));
    }

    @Test
    void refusesANameOutsideTheHistory() {
        WarehouseHistory history = new WarehouseHistory(folder.resolve("outreach.duckdb"), 2);

        assertThatThrownBy(() -> history.restore("../outreach.duckdb"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no kept warehouse");
    }

    private static long transactions(Path warehouse) throws Exception {
        return (Long) new WarehouseQuery(warehouse).run("SELECT count(*) FROM transactions").rows().get(0).get(0);
    }
}
