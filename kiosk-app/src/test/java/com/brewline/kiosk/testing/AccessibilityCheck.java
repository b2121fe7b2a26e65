package com.brewline.kiosk.testing;

import com.brewline.testkit.fx.Fx;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a shown scene the way a customer meets it: every touch target at least 60 px, every text
 * at least 4.5:1 against the colour behind it (computed from the resolved fills and opacities),
 * no text cut short, Korean in the bundled font, and in accessible portrait mode every control
 * below the top 45 % of the screen. Easy mode (issue 11) asks more: no text under 44 px (200 % of the normal 22 px),
 * touch targets of at least 96 px, and option buttons of one row all as tall as each other.
 * When an overlay is up, only the overlay is checked (the rest is behind it).
 */
public final class AccessibilityCheck {
    public static final double MIN_TARGET = 60;
    public static final double MIN_TEXT_CONTRAST = 4.5;
    /** Icons are non-text content (WCAG 1.4.11). */
    public static final double MIN_ICON_CONTRAST = 3.0;
    public static final double LOWER_PART_STARTS_AT = 0.45;
    /** Easy mode: the normal body text (22 px) at 200 %. */
    public static final double EASY_MIN_TEXT = 44;
    public static final double EASY_MIN_TARGET = 96;

    private AccessibilityCheck() {
    }

    public static List<String> problems(Scene scene, boolean controlsInLowerPart) {
        return problems(scene, controlsInLowerPart, false);
    }

    /** @param easy easy mode at 200 %: the larger text and targets, and rows of options of one height */
    public static List<String> problems(Scene scene, boolean controlsInLowerPart, boolean easy) {
        return Fx.get(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<String> problems = new ArrayList<>();
            Parent scope = scene.getRoot();
            for (Node overlay : scene.getRoot().lookupAll(".overlay")) {
                if (overlay.isVisible()) {
                    scope = (Parent) overlay;
                }
            }
            walk(scope, scene, controlsInLowerPart, easy, problems);
            if (easy) {
                unevenRows(scope, problems);
            }
            return problems;
        });
    }

    private static void walk(Node node, Scene scene, boolean lower, boolean easy, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof ButtonBase button) {
            Bounds b = button.localToScene(button.getLayoutBounds());
            String name = describe(button);
            double minTarget = easy ? EASY_MIN_TARGET : MIN_TARGET;
            if (b.getWidth() < minTarget || b.getHeight() < minTarget) {
                problems.add(String.format("touch target %s is %.0fx%.0f px (< %.0f)", name, b.getWidth(), b.getHeight(), minTarget));
            }
            if (!insideScrollPane(button) && (b.getMaxY() > scene.getHeight() + 0.5 || b.getMaxX() > scene.getWidth() + 0.5
                    || b.getMinX() < -0.5 || b.getMinY() < -0.5)) {
                problems.add(String.format("control %s is (partly) off the screen at [%.0f,%.0f..%.0f,%.0f]", name,
                        b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
            }
            if (lower && b.getMinY() < scene.getHeight() * LOWER_PART_STARTS_AT - 0.5) {
                problems.add(String.format("control %s starts at y=%.0f, above the lower part (%.0f)", name, b.getMinY(),
                        scene.getHeight() * LOWER_PART_STARTS_AT));
            }
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !(child instanceof FontIcon) && !shown.getText().equals(labeled.getText())
                        && labeled.getWidth() > 0) {
                    problems.add("text cut short: '" + labeled.getText() + "' shows as '" + shown.getText() + "'");
                }
            }
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && !insideScrollPane(labeled)) {
            Bounds b = labeled.localToScene(labeled.getLayoutBounds());
            if (b.getMaxY() > scene.getHeight() + 0.5 || b.getMinY() < -0.5) {
                problems.add("text '" + labeled.getText() + "' is (partly) off the screen");
            }
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            checkText(text, problems);
            if (easy && !(text instanceof FontIcon) && text.getFont().getSize() < EASY_MIN_TEXT - 0.5) {
                problems.add(String.format("text '%s' in %s is %.0f px, under easy mode's %.0f px (200 %%)", text.getText(),
                        describe(text.getParent()), text.getFont().getSize(), EASY_MIN_TEXT));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, lower, easy, problems);
            }
        }
    }

    /** Option buttons side by side (same top) must be as tall as each other: no ragged rows. */
    private static void unevenRows(Parent scope, List<String> problems) {
        java.util.Map<String, List<Node>> rows = new java.util.LinkedHashMap<>();
        for (Node n : scope.lookupAll(".option-button")) {
            if (n.isVisible()) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                rows.computeIfAbsent(n.getParent().hashCode() + "@" + Math.round(b.getMinY()), k -> new ArrayList<>()).add(n);
            }
        }
        for (List<Node> row : rows.values()) {
            double min = row.stream().mapToDouble(n -> n.getLayoutBounds().getHeight()).min().orElse(0);
            double max = row.stream().mapToDouble(n -> n.getLayoutBounds().getHeight()).max().orElse(0);
            if (max - min > 0.5) {
                problems.add(String.format("option buttons of one row differ in height (%.0f to %.0f px): %s", min, max,
                        row.stream().map(AccessibilityCheck::describe).toList()));
            }
        }
    }

    private static boolean insideScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static void checkText(Text text, List<String> problems) {
        boolean icon = text instanceof FontIcon;
        Paint paint = icon ? ((FontIcon) text).getIconColor() : text.getFill();
        if (!(paint instanceof Color fill)) {
            problems.add("text '" + text.getText() + "' has a non-colour fill " + paint);
            return;
        }
        if (!icon && !"Pretendard".equals(text.getFont().getFamily())) {
            problems.add("text '" + text.getText() + "' is in " + text.getFont().getFamily() + ", not the bundled Pretendard");
        }
        Color background = backgroundBehind(text);
        double opacity = 1;
        for (Node n = text; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        Color seen = over(fill.deriveColor(0, 1, 1, opacity), background);
        double ratio = contrast(seen, background);
        double needed = icon ? MIN_ICON_CONTRAST : MIN_TEXT_CONTRAST;
        if (ratio < needed) {
            problems.add(String.format("%s '%s' in %s: contrast %.2f:1 (< %.1f) %s on %s", icon ? "icon" : "text",
                    icon ? ((FontIcon) text).getIconLiteral() : text.getText(), describe(text.getParent()), ratio, needed,
                    seen, background));
        }
    }

    /** Composites the fills of every ancestor, from the root down, over white. */
    static Color backgroundBehind(Node node) {
        List<Region> regions = new ArrayList<>();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                regions.add(0, r);
            }
        }
        Color result = Color.WHITE;
        for (Region r : regions) {
            if (r.getBackground() == null) {
                continue;
            }
            for (BackgroundFill f : r.getBackground().getFills()) {
                if (f.getFill() instanceof Color c) {
                    result = over(c, result);
                }
            }
        }
        return result;
    }

    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a), 1);
    }

    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String describe(Node n) {
        if (n == null) {
            return "?";
        }
        String id = n.getId() != null ? "#" + n.getId() : "";
        String text = n instanceof Labeled l && l.getText() != null ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + id + n.getStyleClass() + text;
    }
}
