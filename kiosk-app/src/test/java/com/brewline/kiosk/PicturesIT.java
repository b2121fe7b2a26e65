package com.brewline.kiosk;

import com.brewline.kiosk.common.Pictures;
import com.brewline.testkit.fx.Fx;
import com.brewline.menu.MenuLoader;
import com.brewline.model.Menu;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11: a missing or broken picture shows the category's picture, then the icon: never a blank, never a crash. */
class PicturesIT {
    @TempDir
    static Path dir;
    private static Menu menu;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        menu = MenuLoader.loadDefault();
    }

    private static String shown(Node box) {
        return Fx.get(() -> {
            Node child = ((StackPane) box).getChildren().get(0);
            return child instanceof ImageView view && view.getImage() != null && !view.getImage().isError()
                    && view.getImage().getProgress() >= 1 ? (String) view.getUserData()
                    : child instanceof FontIcon icon ? "icon:" + icon.getIconLiteral() : "loading";
        });
    }

    @Test
    void theItemsOwnPictureShowsWhenItIsThere() {
        String americano = menu.item("americano").orElseThrow().image();
        Node box = Fx.get(() -> Pictures.of(120, "mdal-local_cafe", americano, menu.categories().get(0).image()));
        Fx.waitUntil("the picture", Duration.ofSeconds(5), () -> americano.equals(shown(box)));
    }

    @Test
    void aMissingOrBrokenPictureFallsBackToTheCategorysThenTheIcon() throws Exception {
        String category = menu.categories().get(0).image();
        String missing = dir.resolve("no-such-photo.png").toUri().toString();
        Path broken = Files.writeString(dir.resolve("broken.png"), "this is not a picture");
        Node one = Fx.get(() -> Pictures.of(120, "mdal-local_cafe", missing, category));
        Fx.waitUntil("the category's picture for a missing one", Duration.ofSeconds(5), () -> category.equals(shown(one)));
        Node two = Fx.get(() -> Pictures.of(120, "mdal-local_cafe", broken.toUri().toString(), category));
        Fx.waitUntil("the category's picture for a broken one", Duration.ofSeconds(5), () -> category.equals(shown(two)));
        Node three = Fx.get(() -> Pictures.of(120, "mdal-local_cafe", missing, broken.toUri().toString()));
        Fx.waitUntil("the icon when nothing can be shown", Duration.ofSeconds(5),
                () -> "icon:mdal-local_cafe".equals(shown(three)));
        Node none = Fx.get(() -> Pictures.of(120, "mdal-local_drink"));
        assertEquals("icon:mdal-local_drink", shown(none));
        assertTrue(Fx.get(() -> ((StackPane) three).getPrefWidth() == 120), "the box keeps its size");
    }
}
