package org.outreach.pipeline.cli;

/** Commands of INTERFACES.md whose capability has not landed yet say so and exit 2. */
final class NotBuiltYet {

    private NotBuiltYet() {
    }

    static int say(String command) {
        System.err.println("outreach " + command + ": not built yet in this version (see the README's roadmap)");
        return 2;
    }
}
