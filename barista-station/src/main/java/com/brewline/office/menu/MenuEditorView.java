package com.brewline.office.menu;

import com.brewline.display.I18n;
import com.brewline.menu.MenuFiles;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The menu editor's lists, fields and kiosk-tile preview, bound to {@link MenuEditorViewModel}. */
public final class MenuEditorView {
    @FXML private BorderPane root;
    @FXML private Button saveButton;
    @FXML private Label problem;
    @FXML private Label message;
    @FXML private ListView<Row> categoryList;
    @FXML private TextField categoryNameKo;
    @FXML private TextField categoryNameEn;
    @FXML private ListView<Row> itemList;
    @FXML private VBox itemForm;
    @FXML private TextField nameKo;
    @FXML private TextField nameEn;
    @FXML private TextField price;
    @FXML private TextField prepSeconds;
    @FXML private ComboBox<Row> itemCategory;
    @FXML private CheckBox available;
    @FXML private Label imageName;
    @FXML private VBox itemGroups;
    @FXML private VBox itemPairings;
    @FXML private VBox tile;
    @FXML private ImageView tileImage;
    @FXML private Label tileNoImage;
    @FXML private Label tileName;
    @FXML private Label tilePrice;
    @FXML private Label tileUnavailable;
    @FXML private ListView<Row> groupList;
    @FXML private TextField groupNameKo;
    @FXML private TextField groupNameEn;
    @FXML private TextField minSelect;
    @FXML private TextField maxSelect;
    @FXML private ListView<Row> optionList;
    @FXML private TextField optionNameKo;
    @FXML private TextField optionNameEn;
    @FXML private TextField priceDelta;
    @FXML private CheckBox optionDefault;
    @FXML private ListView<MenuFiles.Version> versionList;

    private MenuEditorViewModel vm;
    private I18n messages;

    public static MenuEditorView load(MenuEditorViewModel vm, I18n messages) {
        FXMLLoader loader = new FXMLLoader(MenuEditorView.class.getResource("/com/brewline/office/menu/menu-editor.fxml"),
                messages.bundle());
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MenuEditorView view = loader.getController();
        view.bind(vm, messages);
        return view;
    }

    public Parent root() {
        return root;
    }

    private void bind(MenuEditorViewModel viewModel, I18n m) {
        this.vm = viewModel;
        this.messages = m;
        EditorControls.keepWhole(root);
        EditorControls.select(categoryList, vm.categories().rows(), vm.categories().selectedProperty());
        EditorControls.select(itemList, vm.items().rows(), vm.items().selectedProperty());
        EditorControls.select(groupList, vm.groups().groups(), vm.groups().groupProperty());
        EditorControls.select(optionList, vm.groups().options(), vm.groups().optionProperty());
        categoryNameKo.textProperty().bindBidirectional(vm.categories().nameKoProperty());
        categoryNameEn.textProperty().bindBidirectional(vm.categories().nameEnProperty());
        nameKo.textProperty().bindBidirectional(vm.items().nameKoProperty());
        nameEn.textProperty().bindBidirectional(vm.items().nameEnProperty());
        price.textProperty().bindBidirectional(vm.items().priceProperty());
        prepSeconds.textProperty().bindBidirectional(vm.items().prepSecondsProperty());
        available.selectedProperty().bindBidirectional(vm.items().availableProperty());
        groupNameKo.textProperty().bindBidirectional(vm.groups().groupNameKoProperty());
        groupNameEn.textProperty().bindBidirectional(vm.groups().groupNameEnProperty());
        minSelect.textProperty().bindBidirectional(vm.groups().minSelectProperty());
        maxSelect.textProperty().bindBidirectional(vm.groups().maxSelectProperty());
        optionNameKo.textProperty().bindBidirectional(vm.groups().optionNameKoProperty());
        optionNameEn.textProperty().bindBidirectional(vm.groups().optionNameEnProperty());
        priceDelta.textProperty().bindBidirectional(vm.groups().priceDeltaProperty());
        optionDefault.selectedProperty().bindBidirectional(vm.groups().optionDefaultProperty());
        itemForm.disableProperty().bind(vm.items().selectedProperty().isNull());

        itemCategory.setItems(vm.categories().rows());
        itemCategory.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.id().equals(vm.items().categoryProperty().get())) {
                vm.items().categoryProperty().set(b.id());
            }
        });
        vm.items().categoryProperty().addListener((o, a, b) -> showItemCategory());
        vm.categories().rows().addListener((ListChangeListener<Row>) c -> showItemCategory());

        EditorControls.checklist(itemGroups, vm.items().groups());
        EditorControls.checklist(itemPairings, vm.pairings().choices());

        problem.textProperty().bind(vm.draft().problemProperty());
        message.textProperty().bind(vm.draft().messageProperty());
        saveButton.disableProperty().bind(vm.draft().dirtyProperty().not().or(vm.draft().problemProperty().isNotEmpty()));
        tileName.textProperty().bind(vm.items().previewNameProperty());
        tilePrice.textProperty().bind(vm.items().previewPriceProperty());
        tileUnavailable.visibleProperty().bind(vm.items().availableProperty().not());
        tileUnavailable.managedProperty().bind(tileUnavailable.visibleProperty());
        tile.disableProperty().bind(vm.items().availableProperty().not());
        vm.items().imageUrlProperty().addListener((o, a, b) -> showImage(b));
        imageName.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.items().imageProperty().get() == null ? messages.text("menu.noImage") : vm.items().imageProperty().get(),
                vm.items().imageProperty()));

        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                .withZone(ZoneId.systemDefault());
        versionList.setItems(vm.versions());
        versionList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MenuFiles.Version v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : messages.text("menu.version", v.number(), time.format(v.savedAt())));
            }
        });
    }

    private void showItemCategory() {
        String id = vm.items().categoryProperty().get();
        itemCategory.setValue(vm.categories().rows().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null));
    }

    private void showImage(String url) {
        Image picture = url == null ? null : new Image(url, 180, 140, true, true, true);
        tileImage.setImage(picture);
        // no picture, or one that does not load: the cup, as the kiosk shows the category's picture instead
        tileNoImage.visibleProperty().unbind();
        tileNoImage.visibleProperty().bind(picture == null ? javafx.beans.binding.Bindings.createBooleanBinding(() -> true)
                : picture.errorProperty());
    }

    private boolean confirm(String key, Object... args) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text(key, args), ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.initOwner(root.getScene().getWindow());
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @FXML private void onSave() { vm.save(); }
    @FXML private void onRevert() { vm.open(); }
    @FXML private void onAddCategory() { vm.categories().add(); }
    @FXML private void onCategoryUp() { vm.categories().move(-1); }
    @FXML private void onCategoryDown() { vm.categories().move(1); }
    @FXML private void onRemoveCategory() { vm.categories().remove(); }
    @FXML private void onAddItem() { vm.items().add(); }
    @FXML private void onItemUp() { vm.items().move(-1); }
    @FXML private void onItemDown() { vm.items().move(1); }
    @FXML private void onAddGroup() { vm.groups().addGroup(); }
    @FXML private void onRemoveGroup() { vm.groups().removeGroup(); }
    @FXML private void onAddOption() { vm.groups().addOption(); }
    @FXML private void onOptionUp() { vm.groups().moveOption(-1); }
    @FXML private void onOptionDown() { vm.groups().moveOption(1); }
    @FXML private void onRemoveOption() { vm.groups().removeOption(); }
    @FXML private void onRemoveImage() { vm.items().removeImage(); }

    @FXML
    private void onRetireItem() {
        Row row = itemList.getSelectionModel().getSelectedItem();
        if (row != null && confirm("menu.retireConfirm", row.label())) {
            vm.items().retire();
        }
    }

    @FXML
    private void onRestore() {
        MenuFiles.Version v = versionList.getSelectionModel().getSelectedItem();
        if (v != null && confirm("menu.restoreConfirm", v.number())) {
            vm.restore(v);
        }
    }

    @FXML
    private void onPickImage() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("menu.pictures"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.PNG", "*.JPG", "*.JPEG"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            vm.items().pickImage(file.toPath());
        }
    }
}
