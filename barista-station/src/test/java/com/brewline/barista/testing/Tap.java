package com.brewline.barista.testing;

import com.brewline.testkit.fx.Fx;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * The robot's tap ({@link Fx#tap}: one pointer move, press and release, not clickOn's walk of up to 200 steps) on a
 * node named by a TestFX query, picked as {@code robot.clickOn(query)} picks it: the first visible one.
 */
public final class Tap {
    private Tap() {
    }

    public static void on(FxRobot robot, String query) {
        Fx.tap(robot.lookup(query).match(NodeQueryUtils.isVisible()).query());
    }
}
