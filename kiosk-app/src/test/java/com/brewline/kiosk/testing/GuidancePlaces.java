package com.brewline.kiosk.testing;

import com.brewline.testkit.fx.Fx;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;

/**
 * Easy mode's guidance says where things are and what colour they are ("the yellow Pay button at the bottom
 * right"); this checks each such claim against the shown scene: the button is there, has that colour, and the
 * guidance names it by the text on its face.
 */
public final class GuidancePlaces {
    /** Easy mode's primary colour (-bl-primary under .root:accessible): what the guidance calls yellow. */
    static final Color YELLOW = Color.web("#FFD400");

    enum Place { LOWER_HALF, RIGHT_HALF, BOTTOM_RIGHT, BOTTOM_LEFT, ANYWHERE }

    private record Claim(String id, Place place, boolean yellow) {
    }

    private GuidancePlaces() {
    }

    private static List<Claim> claims(String view, boolean landscape) {
        return switch (view) {
            case "attract" -> List.of(new Claim("#startButton", Place.ANYWHERE, true), new Claim("#statusButton", Place.ANYWHERE, false));
            case "menu" -> List.of(new Claim("#checkoutButton", landscape ? Place.RIGHT_HALF : Place.LOWER_HALF, true));
            case "item" -> List.of(new Claim("#addButton", Place.BOTTOM_RIGHT, true));
            case "cart" -> List.of(new Claim("#payButton", Place.BOTTOM_RIGHT, true));
            case "pay" -> List.of(new Claim("#cancelButton", Place.BOTTOM_LEFT, false));
            case "status" -> List.of(new Claim("#status-lookup", Place.ANYWHERE, false)); // at the pad's bottom right: checked below
            default -> List.of();
        };
    }

    public static List<String> problems(Scene scene, String view, boolean landscape) {
        return Fx.get(() -> {
            List<String> problems = new ArrayList<>();
            Label guidance = (Label) scene.getRoot().lookup("#guidance");
            String said = guidance == null ? "" : guidance.getText();
            for (Claim claim : claims(view, landscape)) {
                Node n = scene.getRoot().lookup(claim.id());
                if (n == null || !n.isVisible()) {
                    problems.add(view + ": the guidance names " + claim.id() + ", which is not shown");
                    continue;
                }
                String face = ((ButtonBase) n).getText();
                if (face != null && !face.isBlank() && !said.contains(face)) {
                    problems.add(view + ": the guidance '" + said + "' does not name the button '" + face + "'");
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                boolean lower = b.getCenterY() > scene.getHeight() / 2;
                boolean right = b.getCenterX() > scene.getWidth() / 2;
                boolean bottom = b.getCenterY() > scene.getHeight() * 0.6; // "at the bottom": not merely below the middle
                boolean where = switch (claim.place()) {
                    case LOWER_HALF -> lower;
                    case RIGHT_HALF -> right;
                    case BOTTOM_RIGHT -> bottom && right;
                    case BOTTOM_LEFT -> bottom && !right;
                    case ANYWHERE -> true;
                };
                if (!where) {
                    problems.add(String.format("%s: the guidance puts %s at %s, it is at (%.0f, %.0f)", view, claim.id(),
                            claim.place(), b.getCenterX(), b.getCenterY()));
                }
                if (claim.yellow() && !filledWith(n, YELLOW)) {
                    problems.add(view + ": the guidance calls " + claim.id() + " yellow, it is not");
                }
            }
            if (view.equals("attract")) {
                Node start = scene.getRoot().lookup("#startButton");
                Node status = scene.getRoot().lookup("#statusButton");
                if (start != null && status != null && status.localToScene(status.getLayoutBounds()).getMinY()
                        < start.localToScene(start.getLayoutBounds()).getMaxY()) {
                    problems.add("attract: the guidance puts the status button below the order button, it is not");
                }
            }
            if (view.equals("status")) {
                Node find = scene.getRoot().lookup("#status-lookup");
                Node zero = scene.getRoot().lookup("#pad-0");
                if (find != null && zero != null && find.localToScene(find.getLayoutBounds()).getMinX()
                        < zero.localToScene(zero.getLayoutBounds()).getMaxX()) {
                    problems.add("status: the guidance puts the look-up key at the pad's right, it is not");
                }
            }
            return problems;
        });
    }

    private static boolean filledWith(Node n, Color colour) {
        if (!(n instanceof javafx.scene.layout.Region r) || r.getBackground() == null) {
            return false;
        }
        for (BackgroundFill f : r.getBackground().getFills()) {
            if (f.getFill() instanceof Color c && c.equals(colour)) {
                return true;
            }
        }
        return false;
    }
}
