package com.brewline.office.menu;

import com.brewline.menu.MenuDocument;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The selected item's {@code pairings}: every other item of the menu, in the menu's order, ticked when the item
 * names it (the kiosk suggests one of them, ADR 0010). Ticks go into the menu like every edit, so the menu file's
 * rule checks them (at most {@code MenuLimits.MAX_PAIRINGS}) and the draft names the field when it refuses.
 */
public final class PairingEditor {
    private static final String FIELD = "pairings";

    private final MenuDraft draft;
    private final ReadOnlyStringProperty item;
    private final ObservableList<GroupChoice> choices = FXCollections.observableArrayList();

    /** @param item the selected item's id (null: none) */
    PairingEditor(MenuDraft draft, ReadOnlyStringProperty item) {
        this.draft = draft;
        this.item = item;
        item.addListener((o, a, b) -> show());
        draft.afterEdit(() -> draft.relabel(choices, MenuDocument.ITEMS)); // an item renamed: its name here at once
    }

    /** The checklist again, for the selected item, from the menu as it is now. */
    void show() {
        draft.showing(() -> {
            MenuDocument doc = draft.doc();
            String id = item.get();
            ObjectNode selected = id == null || doc == null ? null : doc.find(MenuDocument.ITEMS, id).orElse(null);
            if (selected == null) {
                choices.clear();
                return;
            }
            Set<String> named = new HashSet<>(named(selected));
            List<GroupChoice> all = new ArrayList<>();
            for (ObjectNode other : doc.list(MenuDocument.ITEMS)) {
                String otherId = other.path("id").asText();
                if (!otherId.equals(id)) {
                    GroupChoice choice = new GroupChoice(otherId, draft.label(other), named.contains(otherId));
                    choice.chosenProperty().addListener((o, a, b) -> set(otherId, b));
                    all.add(choice);
                }
            }
            choices.setAll(all);
        });
    }

    /** Ticks or unticks one pairing of the selected item (kept in the menu's item order; none: the field goes). */
    public void set(String otherId, boolean on) {
        String id = item.get();
        if (draft.isShowing() || id == null) {
            return;
        }
        draft.edit(() -> {
            ObjectNode selected = draft.doc().require(MenuDocument.ITEMS, id);
            List<String> chosen = named(selected);
            if (on && !chosen.contains(otherId)) {
                chosen.add(otherId);
            } else if (!on) {
                chosen.remove(otherId);
            }
            if (chosen.isEmpty()) {
                selected.remove(FIELD);
                return;
            }
            // names the menu no longer has stay in (the menu rule names them), after the known ones in menu order
            List<String> order = draft.doc().list(MenuDocument.ITEMS).stream().map(n -> n.path("id").asText()).toList();
            ArrayNode ids = selected.putArray(FIELD);
            order.stream().filter(chosen::contains).forEach(ids::add);
            chosen.stream().filter(c -> !order.contains(c)).forEach(ids::add);
        });
    }

    private static List<String> named(ObjectNode selected) {
        List<String> ids = new ArrayList<>();
        selected.path(FIELD).forEach(n -> ids.add(n.asText()));
        return ids;
    }

    /** The other items of the menu, each ticked when the selected item pairs with it. */
    public ObservableList<GroupChoice> choices() {
        return choices;
    }
}
