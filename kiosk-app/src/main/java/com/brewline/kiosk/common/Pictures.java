package com.brewline.kiosk.common;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A menu picture that is never blank and never a crash: the item's picture, else (missing,
 * unreadable, not a picture) the category's, else the category's icon. Pictures load in the
 * background (the FX thread never waits on a disk) and are kept once loaded, per size.
 */
public final class Pictures {
    private static final Logger LOG = LoggerFactory.getLogger(Pictures.class);
    private static final Map<String, Image> CACHE = new ConcurrentHashMap<>();
    private static final java.util.Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private Pictures() {
    }

    /**
     * @param size     the picture's height and width box, px
     * @param iconLiteral the last resort, an Ikonli icon
     * @param urls     the pictures to try, best first (nulls skipped)
     */
    public static Node of(double size, String iconLiteral, String... urls) {
        StackPane box = new StackPane();
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(size, size);
        List<String> candidates = new ArrayList<>(Arrays.stream(urls).filter(Objects::nonNull).distinct().toList());
        show(box, size, iconLiteral, candidates);
        return box;
    }

    private static void show(StackPane box, double size, String iconLiteral, List<String> candidates) {
        if (candidates.isEmpty()) {
            box.getChildren().setAll(new FontIcon(iconLiteral));
            return;
        }
        String url = candidates.remove(0);
        Image image = CACHE.computeIfAbsent(url + "@" + size, k -> new Image(url, size, size, true, true, true));
        ImageView view = new ImageView(image);
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setId("menu-picture");
        view.setUserData(url);
        box.getChildren().setAll(view);
        Runnable fallBack = () -> {
            CACHE.remove(url + "@" + size);
            if (REPORTED.add(url)) {
                LOG.warn("menu picture {} cannot be shown ({}): showing the next one instead", url,
                        image.getException() == null ? "not a picture" : image.getException().toString());
            }
            show(box, size, iconLiteral, candidates);
        };
        if (image.isError()) {
            fallBack.run();
        } else {
            image.errorProperty().addListener((o, was, failed) -> {
                if (failed && box.getChildren().contains(view)) {
                    javafx.application.Platform.runLater(fallBack);
                }
            });
        }
    }
}
