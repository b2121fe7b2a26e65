package com.brewline.office.menu;

import com.brewline.menu.MenuDocument;
import com.brewline.menu.MenuException;
import com.brewline.menu.MenuFiles;
import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.office.support.Money;
import com.brewline.office.support.Work;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The items of the selected category: the list, the selected item's fields, picture and option groups, the kiosk
 * tile's preview; adding, retiring and moving items. Pictures are copied on the office's worker thread.
 */
public final class ItemEditor {
    private final MenuDraft draft;
    private final MenuFiles files;
    private final Work work;
    private final Supplier<String> category;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<GroupChoice> groups = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty();
    private final StringProperty nameKo = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty prepSeconds = new SimpleStringProperty("");
    private final StringProperty itemCategory = new SimpleStringProperty("");
    private final BooleanProperty available = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper image = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper imageUrl = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper previewName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewPrice = new ReadOnlyStringWrapper("");

    /** @param category the category selected now (new items go there) */
    ItemEditor(MenuDraft draft, MenuFiles files, Work work, Supplier<String> category) {
        this.draft = draft;
        this.files = files;
        this.work = work;
        this.category = category;
        selected.addListener((o, a, b) -> show());
        nameKo.addListener((o, a, b) -> editText("nameKo", b));
        nameEn.addListener((o, a, b) -> editText("nameEn", b));
        price.addListener((o, a, b) -> editNumber("price", b));
        prepSeconds.addListener((o, a, b) -> editNumber("prepSeconds", b));
        itemCategory.addListener((o, a, b) -> editText("categoryId", b));
        available.addListener((o, a, b) -> draft.edit(() -> current().put("available", b)));
        draft.afterEdit(this::updatePreview);
        draft.afterEdit(() -> draft.relabel(groups, MenuDocument.OPTION_GROUPS)); // a group renamed: here at once
    }

    /** The category's items, keeping the selection when it is still there. */
    void showCategory(String categoryId) {
        draft.showing(() -> {
            String keep = selected.get();
            rows.setAll(categoryId == null || draft.doc() == null ? List.of() : draft.rows(draft.doc().itemsIn(categoryId)));
            selected.set(null);
            selected.set(MenuDraft.keepOrFirst(rows, keep));
        });
        show();
    }

    private void show() {
        draft.showing(() -> {
            MenuDocument doc = draft.doc();
            ObjectNode i = selected.get() == null || doc == null ? null : doc.find(MenuDocument.ITEMS, selected.get()).orElse(null);
            nameKo.set(i == null ? "" : i.path("nameKo").asText(""));
            nameEn.set(i == null ? "" : i.path("nameEn").asText(""));
            price.set(i == null ? "" : i.path("price").asText(""));
            prepSeconds.set(i == null ? "" : i.path("prepSeconds").asText(""));
            itemCategory.set(i == null ? null : i.path("categoryId").asText(null));
            available.set(i == null || i.path("available").asBoolean(true));
            String ref = i == null ? null : i.path("image").asText(null);
            image.set(ref);
            imageUrl.set(ItemPictures.url(files, draft.baseline() == null, ref));
            Set<String> on = new HashSet<>();
            if (i != null) {
                i.path("optionGroupIds").forEach(n -> on.add(n.asText()));
            }
            List<GroupChoice> choices = new ArrayList<>();
            if (doc != null) {
                for (ObjectNode g : doc.list(MenuDocument.OPTION_GROUPS)) {
                    String gid = g.path("id").asText();
                    GroupChoice choice = new GroupChoice(gid, draft.label(g), on.contains(gid));
                    choice.chosenProperty().addListener((o, a, b) -> setGroup(gid, b));
                    choices.add(choice);
                }
            }
            groups.setAll(choices);
        });
        updatePreview();
    }

    private void updatePreview() {
        MenuDocument doc = draft.doc();
        ObjectNode i = selected.get() == null || doc == null ? null : doc.find(MenuDocument.ITEMS, selected.get()).orElse(null);
        if (i == null) {
            previewName.set("");
            previewPrice.set("");
            return;
        }
        boolean korean = draft.korean();
        previewName.set(i.path(korean ? "nameKo" : "nameEn").asText(i.path("nameKo").asText("")));
        JsonNode p = i.path("price");
        previewPrice.set(p.canConvertToLong() && p.isIntegralNumber() ? Money.won(p.asLong(), korean) : "—");
    }

    public void add() {
        String cat = category.get();
        if (cat == null) {
            return;
        }
        String id = draft.freshId(MenuDocument.ITEMS, "item");
        draft.edit(() -> draft.doc().add(MenuDocument.ITEMS, id).put("categoryId", cat)
                .put("nameKo", draft.text("menu.new.itemKo")).put("nameEn", draft.text("menu.new.itemEn"))
                .put("price", 0).put("prepSeconds", 60));
        showCategory(cat);
        selected.set(id);
    }

    /** Takes the item off the menu (it stays in the earlier versions; placed orders keep their lines). */
    public void retire() {
        String id = selected.get();
        if (id != null) {
            draft.edit(() -> draft.doc().remove(MenuDocument.ITEMS, id));
            showCategory(category.get());
        }
    }

    /** Moves the item before (-1) or after (+1) its neighbour in the same category. */
    public void move(int delta) {
        String id = selected.get();
        String cat = category.get();
        if (id == null || cat == null) {
            return;
        }
        MenuDocument doc = draft.doc();
        List<ObjectNode> inCategory = doc.itemsIn(cat);
        int at = MenuDraft.indexOf(inCategory, id);
        int to = at + Integer.signum(delta);
        if (at < 0 || to < 0 || to >= inCategory.size()) {
            return;
        }
        List<ObjectNode> all = doc.list(MenuDocument.ITEMS);
        int from = MenuDraft.indexOf(all, id);
        int target = MenuDraft.indexOf(all, inCategory.get(to).path("id").asText());
        draft.edit(() -> doc.move(MenuDocument.ITEMS, id, target - from));
        showCategory(cat);
        selected.set(id);
    }

    /** Copies a picture into the menu's folder and puts it on the selected item. */
    public void pickImage(Path picture) {
        String itemId = selected.get();
        if (itemId == null) {
            return;
        }
        work.run(() -> files.importImage(picture), ref -> {
            if (itemId.equals(selected.get())) {
                draft.edit(() -> current().put("image", ref));
                image.set(ref);
                imageUrl.set(files.imageResolver().apply(ref));
            }
        }, e -> draft.say(e instanceof MenuException me ? me.reason() : e.getMessage()));
    }

    public void removeImage() {
        draft.edit(() -> current().remove("image"));
        image.set(null);
        imageUrl.set(null);
    }

    /** Ticks or unticks an option group on the selected item (kept in the menu's group order). */
    public void setGroup(String groupId, boolean on) {
        if (draft.isShowing() || selected.get() == null) {
            return;
        }
        draft.edit(() -> {
            ObjectNode i = current();
            List<String> chosen = new ArrayList<>();
            i.path("optionGroupIds").forEach(n -> chosen.add(n.asText()));
            if (on && !chosen.contains(groupId)) {
                chosen.add(groupId);
            } else if (!on) {
                chosen.remove(groupId);
            }
            List<String> order = draft.doc().list(MenuDocument.OPTION_GROUPS).stream().map(g -> g.path("id").asText()).toList();
            ArrayNode ids = i.putArray("optionGroupIds");
            order.stream().filter(chosen::contains).forEach(ids::add);
        });
    }

    private void editText(String fieldName, String value) {
        if (!draft.isShowing() && selected.get() != null) {
            draft.edit(() -> current().put(fieldName, value));
            if (fieldName.equals("nameKo") == draft.korean()) {
                MenuDraft.relabel(rows, selected.get(), value, true);
            }
        }
    }

    private void editNumber(String fieldName, String value) {
        if (!draft.isShowing() && selected.get() != null) {
            draft.edit(() -> MenuDraft.putNumber(current(), fieldName, value));
        }
    }

    private ObjectNode current() {
        return draft.doc().require(MenuDocument.ITEMS, selected.get());
    }

    /** The item as the kiosk would show it, from the last valid menu. */
    public Optional<MenuItem> previewItem() {
        Menu m = draft.validMenuProperty().get();
        return m == null || selected.get() == null ? Optional.empty() : m.item(selected.get());
    }

    public ObservableList<Row> rows() { return rows; }
    public ObservableList<GroupChoice> groups() { return groups; }
    public StringProperty selectedProperty() { return selected; }
    public StringProperty nameKoProperty() { return nameKo; }
    public StringProperty nameEnProperty() { return nameEn; }
    public StringProperty priceProperty() { return price; }
    public StringProperty prepSecondsProperty() { return prepSeconds; }
    public StringProperty categoryProperty() { return itemCategory; }
    public BooleanProperty availableProperty() { return available; }
    public ReadOnlyStringProperty imageProperty() { return image.getReadOnlyProperty(); }
    public ReadOnlyStringProperty imageUrlProperty() { return imageUrl.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewNameProperty() { return previewName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewPriceProperty() { return previewPrice.getReadOnlyProperty(); }
}
