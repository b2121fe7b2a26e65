package com.brewline.office.menu;

import com.brewline.menu.MenuDocument;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The option groups (size, milk, syrup...) and their options: the lists, the selected ones' fields, adding, removing, moving. */
public final class OptionGroupEditor {
    private final MenuDraft draft;
    private final Runnable refreshAll;
    private final ObservableList<Row> groups = FXCollections.observableArrayList();
    private final ObservableList<Row> options = FXCollections.observableArrayList();
    private final StringProperty group = new SimpleStringProperty();
    private final StringProperty option = new SimpleStringProperty();
    private final StringProperty groupNameKo = new SimpleStringProperty("");
    private final StringProperty groupNameEn = new SimpleStringProperty("");
    private final StringProperty minSelect = new SimpleStringProperty("");
    private final StringProperty maxSelect = new SimpleStringProperty("");
    private final StringProperty optionNameKo = new SimpleStringProperty("");
    private final StringProperty optionNameEn = new SimpleStringProperty("");
    private final StringProperty priceDelta = new SimpleStringProperty("");
    private final BooleanProperty optionDefault = new SimpleBooleanProperty();

    /** @param refreshAll re-reads every list after a change of structure */
    OptionGroupEditor(MenuDraft draft, Runnable refreshAll) {
        this.draft = draft;
        this.refreshAll = refreshAll;
        group.addListener((o, a, b) -> showGroup());
        option.addListener((o, a, b) -> showOption());
        groupNameKo.addListener((o, a, b) -> editGroup("nameKo", b, false));
        groupNameEn.addListener((o, a, b) -> editGroup("nameEn", b, false));
        minSelect.addListener((o, a, b) -> editGroup("minSelect", b, true));
        maxSelect.addListener((o, a, b) -> editGroup("maxSelect", b, true));
        optionNameKo.addListener((o, a, b) -> editOption("nameKo", b, false));
        optionNameEn.addListener((o, a, b) -> editOption("nameEn", b, false));
        priceDelta.addListener((o, a, b) -> editOption("priceDelta", b, true));
        optionDefault.addListener((o, a, b) -> draft.edit(() -> currentOption().put("default", b)));
    }

    /** The groups again from the menu, keeping the selection when it is still there. */
    void refresh() {
        String keep = group.get();
        groups.setAll(draft.rows(draft.doc().list(MenuDocument.OPTION_GROUPS)));
        group.set(null);
        group.set(MenuDraft.keepOrFirst(groups, keep));
    }

    private void showGroup() {
        draft.showing(() -> {
            ObjectNode g = group.get() == null || draft.doc() == null ? null
                    : draft.doc().find(MenuDocument.OPTION_GROUPS, group.get()).orElse(null);
            groupNameKo.set(g == null ? "" : g.path("nameKo").asText(""));
            groupNameEn.set(g == null ? "" : g.path("nameEn").asText(""));
            minSelect.set(g == null ? "" : g.path("minSelect").asText("0"));
            maxSelect.set(g == null ? "" : g.path("maxSelect").asText("1"));
            String keep = option.get();
            options.setAll(g == null ? java.util.List.of() : draft.rows(draft.doc().options(group.get())));
            option.set(null);
            option.set(MenuDraft.keepOrFirst(options, keep));
        });
        showOption();
    }

    private void showOption() {
        draft.showing(() -> {
            ObjectNode o = option.get() == null || group.get() == null || draft.doc() == null ? null : currentOption();
            optionNameKo.set(o == null ? "" : o.path("nameKo").asText(""));
            optionNameEn.set(o == null ? "" : o.path("nameEn").asText(""));
            priceDelta.set(o == null ? "" : o.path("priceDelta").asText("0"));
            optionDefault.set(o != null && o.path("default").asBoolean(false));
        });
    }

    public void addGroup() {
        String id = draft.freshId(MenuDocument.OPTION_GROUPS, "options");
        draft.edit(() -> {
            ObjectNode g = draft.doc().add(MenuDocument.OPTION_GROUPS, id).put("nameKo", draft.text("menu.new.groupKo"))
                    .put("nameEn", draft.text("menu.new.groupEn")).put("minSelect", 0).put("maxSelect", 1);
            g.putArray("options").addObject().put("id", "option-1").put("nameKo", draft.text("menu.new.optionKo"))
                    .put("nameEn", draft.text("menu.new.optionEn")).put("priceDelta", 0);
        });
        refreshAll.run();
        group.set(id);
    }

    public void removeGroup() {
        String id = group.get();
        if (id != null) {
            draft.edit(() -> draft.doc().remove(MenuDocument.OPTION_GROUPS, id));
            refreshAll.run();
        }
    }

    public void addOption() {
        String g = group.get();
        if (g == null) {
            return;
        }
        int n = 1;
        while (hasOption(g, "option-" + n)) {
            n++;
        }
        String id = "option-" + n;
        draft.edit(() -> draft.doc().addOption(g, id).put("nameKo", draft.text("menu.new.optionKo"))
                .put("nameEn", draft.text("menu.new.optionEn")).put("priceDelta", 0));
        showGroup();
        option.set(id);
    }

    public void removeOption() {
        String g = group.get();
        String o = option.get();
        if (g != null && o != null) {
            draft.edit(() -> draft.doc().removeOption(g, o));
            showGroup();
        }
    }

    public void moveOption(int delta) {
        String g = group.get();
        String o = option.get();
        if (g != null && o != null) {
            draft.edit(() -> draft.doc().moveOption(g, o, delta));
            showGroup();
            option.set(o);
        }
    }

    private void editGroup(String fieldName, String value, boolean number) {
        if (!draft.isShowing() && group.get() != null) {
            draft.edit(() -> {
                ObjectNode g = draft.doc().require(MenuDocument.OPTION_GROUPS, group.get());
                if (number) {
                    MenuDraft.putNumber(g, fieldName, value);
                } else {
                    g.put(fieldName, value);
                }
            });
            relabelIfName(groups, group.get(), fieldName, value); // the list shows the new name at once
        }
    }

    private void relabelIfName(ObservableList<Row> rows, String id, String fieldName, String value) {
        if (fieldName.startsWith("name")) {
            MenuDraft.relabel(rows, id, value, "nameKo".equals(fieldName) == draft.korean());
        }
    }

    private void editOption(String fieldName, String value, boolean number) {
        if (!draft.isShowing() && option.get() != null) {
            draft.edit(() -> {
                if (number) {
                    MenuDraft.putNumber(currentOption(), fieldName, value);
                } else {
                    currentOption().put(fieldName, value);
                }
            });
            relabelIfName(options, option.get(), fieldName, value);
        }
    }

    private ObjectNode currentOption() {
        return draft.doc().options(group.get()).stream().filter(o -> option.get().equals(o.path("id").asText()))
                .findFirst().orElseThrow();
    }

    private boolean hasOption(String groupId, String optionId) {
        return draft.doc().options(groupId).stream().anyMatch(o -> optionId.equals(o.path("id").asText()));
    }

    public ObservableList<Row> groups() { return groups; }
    public ObservableList<Row> options() { return options; }
    public StringProperty groupProperty() { return group; }
    public StringProperty optionProperty() { return option; }
    public StringProperty groupNameKoProperty() { return groupNameKo; }
    public StringProperty groupNameEnProperty() { return groupNameEn; }
    public StringProperty minSelectProperty() { return minSelect; }
    public StringProperty maxSelectProperty() { return maxSelect; }
    public StringProperty optionNameKoProperty() { return optionNameKo; }
    public StringProperty optionNameEnProperty() { return optionNameEn; }
    public StringProperty priceDeltaProperty() { return priceDelta; }
    public BooleanProperty optionDefaultProperty() { return optionDefault; }
}
