package com.brewline.cli;

/**
 * A worker process ends when the process that started it is gone (killed with -9, crashed): an orphan must
 * never keep writing orders nobody counts.
 */
final class ParentWatch {
    private ParentWatch() {
    }

    static void exitWhenParentEnds(String who) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println(who + ": the parent process " + parent.pid() + " is gone; stopping");
            Runtime.getRuntime().halt(3);
        }));
    }
}
