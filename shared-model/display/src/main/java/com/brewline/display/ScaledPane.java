package com.brewline.display;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays a screen out for a design size (1920×1080, turned for a portrait window) and scales all of
 * it, text, gaps and borders alike, to the window it is in: a board in a 1280×720 window or a
 * demo's corner looks like the big screen, smaller, instead of cutting its headings. The content
 * fills the whole window; only its proportions follow the window.
 */
public final class ScaledPane extends Pane {
    private final Region content;
    private final double designWidth;
    private final double designHeight;
    private final Scale scale = new Scale(1, 1, 0, 0);

    /** @param designWidth the landscape design's width (its height in portrait), e.g. 1920 */
    public ScaledPane(Region content, double designWidth, double designHeight) {
        this.content = content;
        this.designWidth = designWidth;
        this.designHeight = designHeight;
        content.getTransforms().add(scale);
        getChildren().add(content);
        getStyleClass().add("scaled-pane");
    }

    /** The factor the design is drawn at right now (1.0 at 1920×1080). */
    public double factor() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        boolean portrait = h > w;
        double dw = portrait ? designHeight : designWidth;
        double dh = portrait ? designWidth : designHeight;
        double s = Math.min(w / dw, h / dh);
        scale.setX(s);
        scale.setY(s);
        content.resizeRelocate(0, 0, w / s, h / s);
    }

    @Override
    protected double computePrefWidth(double height) {
        return designWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return designHeight;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
