package com.brewline.office.menu;

import com.brewline.menu.MenuDocument;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.Consumer;

/** The menu's categories: the list, the selected one's names, adding, removing and moving them. */
public final class CategoryEditor {
    private final MenuDraft draft;
    private final Runnable refreshAll;
    private final Consumer<String> showItemsOf;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty();
    private final StringProperty nameKo = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");

    /**
     * @param refreshAll  re-reads every list after a change of structure
     * @param showItemsOf shows the items of the category now selected
     */
    CategoryEditor(MenuDraft draft, Runnable refreshAll, Consumer<String> showItemsOf) {
        this.draft = draft;
        this.refreshAll = refreshAll;
        this.showItemsOf = showItemsOf;
        selected.addListener((o, a, b) -> show());
        nameKo.addListener((o, a, b) -> editName("nameKo", b));
        nameEn.addListener((o, a, b) -> editName("nameEn", b));
    }

    /** The list again from the menu, keeping the selection when it is still there. */
    void refresh() {
        String keep = selected.get();
        rows.setAll(draft.rows(draft.doc().list(MenuDocument.CATEGORIES)));
        selected.set(null);
        selected.set(MenuDraft.keepOrFirst(rows, keep));
    }

    /** The selected category's names, then its items. */
    void show() {
        draft.showing(() -> {
            String id = selected.get();
            ObjectNode c = id == null || draft.doc() == null ? null : draft.doc().find(MenuDocument.CATEGORIES, id).orElse(null);
            nameKo.set(c == null ? "" : c.path("nameKo").asText(""));
            nameEn.set(c == null ? "" : c.path("nameEn").asText(""));
        });
        showItemsOf.accept(selected.get());
    }

    public void add() {
        String id = draft.freshId(MenuDocument.CATEGORIES, "category");
        draft.edit(() -> draft.doc().add(MenuDocument.CATEGORIES, id).put("nameKo", draft.text("menu.new.categoryKo"))
                .put("nameEn", draft.text("menu.new.categoryEn")));
        refreshAll.run();
        selected.set(id);
    }

    public void remove() {
        String id = selected.get();
        if (id != null) {
            draft.edit(() -> draft.doc().remove(MenuDocument.CATEGORIES, id));
            refreshAll.run();
        }
    }

    public void move(int delta) {
        String id = selected.get();
        if (id != null) {
            draft.edit(() -> draft.doc().move(MenuDocument.CATEGORIES, id, delta));
            refreshAll.run();
            selected.set(id);
        }
    }

    private void editName(String fieldName, String value) {
        if (!draft.isShowing() && selected.get() != null) {
            draft.edit(() -> draft.doc().require(MenuDocument.CATEGORIES, selected.get()).put(fieldName, value));
            MenuDraft.relabel(rows, selected.get(), value, "nameKo".equals(fieldName) == draft.korean());
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty selectedProperty() {
        return selected;
    }

    public StringProperty nameKoProperty() {
        return nameKo;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }
}
