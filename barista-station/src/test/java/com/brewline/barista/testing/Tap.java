package com.brewline.barista.testing;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * A real tap by the TestFX robot: the pointer put on the node's centre, the primary button pressed and released there
 * (the same glass mouse events as {@code robot.clickOn}), without clickOn's walk of up to 200 pointer steps to it and
 * with one wait for the FX thread instead of three. For flows, where what matters is that the tap lands, not the
 * pointer's path.
 */
public final class Tap {
    private Tap() {
    }

    /** Taps the first visible node {@code query} finds, as {@code robot.clickOn(query)} picks it. */
    public static void on(FxRobot robot, String query) {
        on(robot, robot.lookup(query).match(NodeQueryUtils.isVisible()).query());
    }

    public static void on(FxRobot robot, Node node) {
        if (node == null) {
            throw new AssertionError("nothing to tap");
        }
        Point2D centre = robot.point(node).query();
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        // the three go to the FX thread in order; one wait for all of them, after the release, instead of one each
        mouse.moveNoWait(centre);
        mouse.pressNoWait(MouseButton.PRIMARY);
        mouse.release(MouseButton.PRIMARY);
    }
}
