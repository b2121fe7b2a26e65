package com.brewline.office.menu;

import com.brewline.display.Fonts;
import com.brewline.display.I18n;
import com.brewline.menu.MenuDocument;
import com.brewline.menu.MenuFiles;
import com.brewline.office.app.OfficeScreen;
import com.brewline.office.support.Work;
import com.brewline.testkit.fx.Fx;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's menu editor: every label of the item editor's checklists (the item's option groups, the items it goes
 * well with) and of the option group lists is the menu's name as it is now. A rename shows at once, where it is
 * shown, without selecting another item first; rendered in Korean and English. The bundled menu's tile shows its picture
 * before the first save, and no label of the editor is cut in the office's window.
 */
@ExtendWith(ApplicationExtension.class)
class MenuLabelsFollowRenamesIT {
    @TempDir
    Path dir;
    private Stage stage;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private MenuEditorViewModel show(Locale language) {
        Fonts.loadPretendard();
        I18n messages = new I18n(OfficeScreen.MESSAGES, language);
        MenuEditorViewModel vm = Fx.call(() -> {
            MenuEditorViewModel m = new MenuEditorViewModel(new MenuFiles(dir.resolve("menu.json")), false, () -> { },
                    new Work(background, Platform::runLater), messages::text, messages.korean());
            // styled as the office shows it
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(MenuEditorView.load(m, messages).root());
            root.getStyleClass().add("office-root");
            root.getStylesheets().add(OfficeScreen.class.getResource(OfficeScreen.CSS).toExternalForm());
            stage.setScene(new Scene(root, 1920, 1080));
            stage.show();
            m.open();
            return m;
        });
        Fx.waitUntil(20, "the menu is open", () -> !vm.categories().rows().isEmpty());
        Fx.run(() -> {
            vm.categories().selectedProperty().set("ade-smoothie");
            vm.items().selectedProperty().set("lemon-ade");
        });
        Fx.waitUntil(10, "lemonade's checklists", () -> boxes("#itemPairings").getChildren().size() == 23
                && !boxes("#itemGroups").getChildren().isEmpty());
        return vm;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRenameShowsInTheChecklistsAndListsAtOnce() throws Exception {
        MenuEditorViewModel vm = show(Locale.KOREAN);
        assertThat(text("#itemPairings", "croissant")).isEqualTo("버터 크루아상");
        // the bundled menu, not saved yet: the tile shows the item's picture from the program, not an empty frame
        javafx.scene.image.ImageView tile = (javafx.scene.image.ImageView) stage.getScene().getRoot().lookup("#tileImage");
        Fx.waitUntil(10, "the lemonade's picture loaded", () -> tile.getImage() != null
                && tile.getImage().getProgress() >= 1 && !tile.getImage().isError());
        assertThat(Fx.call(() -> stage.getScene().getRoot().lookup("#tileNoImage").isVisible())).isFalse();

        // another item renamed in the menu while lemonade is selected: its pairing check box says the new name
        Fx.run(() -> vm.draft().edit(() -> vm.draft().doc().require(MenuDocument.ITEMS, "croissant")
                .put("nameKo", "버터 크루아상 (따뜻하게)")));
        assertThat(text("#itemPairings", "croissant")).isEqualTo("버터 크루아상 (따뜻하게)");

        // an option group renamed in the group editor, beside the item: the item's group check box and the list follow
        String groupId = Fx.call(() -> (String) boxes("#itemGroups").getChildren().get(0).getUserData());
        Fx.run(() -> {
            vm.groups().groupProperty().set(groupId);
            vm.groups().groupNameKoProperty().set("컵 크기 고르기");
        });
        assertThat(text("#itemGroups", groupId)).isEqualTo("컵 크기 고르기");
        assertThat(Fx.call(() -> list("#groupList").getItems().stream().filter(r -> r.id().equals(groupId))
                .map(Row::label).findFirst().orElseThrow())).isEqualTo("컵 크기 고르기");
        String optionId = Fx.call(() -> vm.groups().optionProperty().get());
        Fx.run(() -> vm.groups().optionNameKoProperty().set("아주 큰 컵"));
        assertThat(Fx.call(() -> list("#optionList").getItems().stream().filter(r -> r.id().equals(optionId))
                .map(Row::label).findFirst().orElseThrow())).isEqualTo("아주 큰 컵");
        Fx.screenshot(stage.getScene().getRoot(), "office-menu-renamed-ko-1920x1080");

        // renamed through the item editor itself, then lemonade again: the new name in its list
        Fx.run(() -> {
            vm.categories().selectedProperty().set("dessert");
            vm.items().selectedProperty().set("croissant");
            vm.items().nameKoProperty().set("크루아상");
            vm.categories().selectedProperty().set("ade-smoothie");
            vm.items().selectedProperty().set("lemon-ade");
        });
        assertThat(text("#itemPairings", "croissant")).isEqualTo("크루아상");
        assertThat(Fx.call(() -> vm.draft().problemProperty().get())).isEmpty();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void inEnglishTheEnglishNameFollows() throws Exception {
        MenuEditorViewModel vm = show(Locale.ENGLISH);
        assertThat(text("#itemPairings", "croissant")).isEqualTo("Butter Croissant");
        Fx.run(() -> vm.draft().edit(() -> vm.draft().doc().require(MenuDocument.ITEMS, "croissant")
                .put("nameEn", "Warm Butter Croissant")));
        assertThat(text("#itemPairings", "croissant")).isEqualTo("Warm Butter Croissant");
        String groupId = Fx.call(() -> (String) boxes("#itemGroups").getChildren().get(0).getUserData());
        Fx.run(() -> {
            vm.groups().groupProperty().set(groupId);
            vm.groups().groupNameEnProperty().set("Cup size");
        });
        assertThat(text("#itemGroups", groupId)).isEqualTo("Cup size");
        Fx.screenshot(stage.getScene().getRoot(), "office-menu-renamed-en-1920x1080");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void noLabelOfTheMenuEditorIsCutInTheOfficeWindow() throws Exception {
        for (Locale language : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            show(language);
            for (int[] size : new int[][]{{1600, 960}, {1280, 800}}) { // the office's window; a small screen's
                Fx.run(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                Fx.waitUntil(5, "the window's size", () -> stage.getScene().getWidth() == size[0]);
                Fx.run(() -> stage.getScene().getRoot().layout());
                String name = "office-menu-" + language.getLanguage() + "-" + size[0] + "x" + size[1];
                Fx.screenshot(stage.getScene().getRoot(), name);
                assertThat(Fx.call(() -> cut(stage.getScene().getRoot()))).as(name).isEmpty();
            }
            Fx.run(() -> {
                stage.setWidth(1920);
                stage.setHeight(1080);
            });
        }
    }

    /** Labels, buttons and check boxes drawn shorter than written ("최소 …"). */
    private static List<String> cut(Node node) {
        List<String> out = new ArrayList<>();
        if (!node.isVisible()) {
            return out;
        }
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()
                && !(node instanceof javafx.scene.control.ListCell<?>)) {
            Node drawn = l.lookup(".text");
            if (drawn instanceof javafx.scene.text.Text t && !l.getText().equals(t.getText())) {
                out.add("[" + l.getText() + "] drawn as [" + t.getText() + "]");
            }
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.addAll(cut(child));
            }
        }
        return out;
    }

    private VBox boxes(String id) {
        return (VBox) stage.getScene().getRoot().lookup(id);
    }

    @SuppressWarnings("unchecked")
    private ListView<Row> list(String id) {
        return (ListView<Row>) stage.getScene().getRoot().lookup(id);
    }

    /** The text of the check box for {@code choiceId} in a checklist, as drawn now. */
    private String text(String checklist, String choiceId) {
        return Fx.call(() -> {
            for (Node n : boxes(checklist).getChildren()) {
                if (choiceId.equals(n.getUserData())) {
                    return ((CheckBox) n).getText();
                }
            }
            throw new AssertionError("no check box for " + choiceId + " in " + checklist);
        });
    }
}
