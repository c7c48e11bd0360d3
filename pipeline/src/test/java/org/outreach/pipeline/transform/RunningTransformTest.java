package org.outreach.pipeline.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunningTransformTest {

    @Test
    void stoppingTheJobStopsTheChildAndWhatItStarted() throws Exception {
        RunningTransform transform = RunningTransform.start(new ProcessBuilder("sh", "-c", "sleep 600 & wait"));
        ProcessHandle child = ProcessHandle.of(transform.pid()).orElseThrow();
        var grandchildren = child.descendants().toList();
        for (int i = 0; i < 50 && grandchildren.isEmpty(); i++) {
            Thread.sleep(100);
            grandchildren = child.descendants().toList();
        }
        assertThat(grandchildren).isNotEmpty();

        transform.stop();

        assertThat(child.isAlive()).isFalse();
        for (ProcessHandle grandchild : grandchildren) {
            assertThat(grandchild.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join()).isNotNull();
        }
    }

    @Test
    void anInterruptedWaitStopsTheChild() throws Exception {
        try (RunningTransform transform = RunningTransform.start(new ProcessBuilder("sleep", "600"))) {
            Thread.currentThread().interrupt();
            try {
                transform.waitFor();
            } catch (InterruptedException expected) {
                // the step was interrupted
            }
            assertThat(ProcessHandle.of(transform.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    @Test
    void reportsTheChildsExitStatus() throws Exception {
        try (RunningTransform transform = RunningTransform.start(new ProcessBuilder("sh", "-c", "echo done; exit 3"))) {
            assertThat(transform.waitFor()).isEqualTo(3);
        }
    }
}
