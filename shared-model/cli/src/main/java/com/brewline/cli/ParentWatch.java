package com.brewline.cli;

/**
 * A worker process ends when the process that started it is gone (killed with -9, crashed): an orphan must
 * never keep writing orders nobody counts.
 */
final class ParentWatch {
    private ParentWatch() {
    }

    /**
     * @param parentPid the process that started this one, as it said on the command line (0: ask the system,
     *                  which no longer knows it when the parent died while this JVM was still starting)
     */
    static void exitWhenParentEnds(String who, long parentPid) {
        java.util.Optional<ProcessHandle> parent = parentPid > 0 ? ProcessHandle.of(parentPid)
                : ProcessHandle.current().parent();
        if (parent.isEmpty() || !parent.get().isAlive()) {
            gone(who, parentPid);
        }
        parent.get().onExit().thenRun(() -> gone(who, parent.get().pid()));
    }

    private static void gone(String who, long pid) {
        System.err.println(who + ": the parent process " + pid + " is gone; stopping");
        Runtime.getRuntime().halt(3);
    }
}
