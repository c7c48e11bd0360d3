package org.outreach.transform.launch;

import java.time.Duration;
import java.util.Optional;

/**
 * Stops this JVM when the process that launched it has gone. The nightly job passes its own
 * pid ({@value #PARENT_PID_PROPERTY}); a parent killed with SIGKILL cannot stop its child,
 * and an orphaned transform would go on writing into a run folder that a restarted run
 * is about to rewrite. Under spark-submit the property is absent and nothing is watched.
 */
public final class ParentWatch {

    public static final String PARENT_PID_PROPERTY = "outreach.transform.parent-pid";
    private static final Duration POLL = Duration.ofMillis(500);
    /** Spark's shutdown hooks get this long to stop the session before the JVM halts. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    static final int EXIT_PARENT_GONE = 143;

    private final long parentPid;
    /** Empty when the parent had already gone before the watch began. */
    private final Optional<ProcessHandle> parent;

    ParentWatch(long parentPid) {
        this.parentPid = parentPid;
        this.parent = ProcessHandle.of(parentPid);
    }

    /** The watch the launcher asked for, if any. */
    public static Optional<ParentWatch> fromSystemProperties() {
        String pid = System.getProperty(PARENT_PID_PROPERTY);
        return pid == null || pid.isBlank() ? Optional.empty() : Optional.of(new ParentWatch(Long.parseLong(pid.strip())));
    }

    boolean parentAlive() {
        // isAlive() compares the start time too, so a recycled pid does not pass for the parent.
        return parent.map(ProcessHandle::isAlive).orElse(false);
    }

    /** Starts watching on a daemon thread. */
    public void start() {
        Thread watch = new Thread(this::watch, "outreach-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private void watch() {
        while (parentAlive()) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.err.println("transform: the nightly job (pid " + parentPid + ") has gone; stopping");
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(SHUTDOWN_GRACE.toMillis());
            } catch (InterruptedException ignored) {
                // halt at once
            }
            Runtime.getRuntime().halt(EXIT_PARENT_GONE);
        }, "outreach-parent-watch-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(EXIT_PARENT_GONE);
    }
}
