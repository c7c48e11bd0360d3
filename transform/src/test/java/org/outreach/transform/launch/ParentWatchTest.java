package org.outreach.transform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParentWatchTest {

    @Test
    void aRunningParentIsAlive() throws Exception {
        Process parent = new ProcessBuilder("sleep", "60").start();
        try {
            assertThat(new ParentWatch(parent.pid()).parentAlive()).isTrue();
        } finally {
            parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aParentThatHasExitedIsGone() throws Exception {
        Process parent = new ProcessBuilder("true").start();
        ParentWatch watch = new ParentWatch(parent.pid());
        assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(watch.parentAlive()).isFalse();
    }
}
