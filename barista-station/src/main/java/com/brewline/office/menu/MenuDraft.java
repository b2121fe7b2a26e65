package com.brewline.office.menu;

import com.brewline.menu.MenuDocument;
import com.brewline.menu.MenuException;
import com.brewline.menu.MenuFiles;
import com.brewline.model.Menu;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The menu being edited: its JSON tree ({@link MenuDocument}), whether it changed since it was opened or saved, and
 * whether it would load on a kiosk, checked by the menu file's own rule after every edit ({@link #problemProperty()}:
 * empty when valid). Every editor of the menu edits through {@link #edit}; while an editor shows what it selected
 * ({@link #showing}) its fields' changes are not edits.
 */
public final class MenuDraft {
    private static final Pattern ELEMENT = Pattern.compile("^(items|categories|optionGroups)\\[(\\d+)](?:\\.options\\[(\\d+)])?(?:\\.(\\w+))?.*");

    private final MenuFiles files;
    private final Function<String, String> text;
    private final boolean korean;
    private final List<Runnable> afterEdit = new ArrayList<>();
    private MenuDocument doc;
    private String baseline;
    private boolean showing;

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Menu> valid = new ReadOnlyObjectWrapper<>();

    MenuDraft(MenuFiles files, Function<String, String> text, boolean korean) {
        this.files = files;
        this.text = text;
        this.korean = korean;
    }

    /** The menu as opened (or saved): nothing changed yet. */
    void load(MenuDocument opened, String openedBaseline) {
        doc = opened;
        baseline = openedBaseline;
        dirty.set(false);
    }

    /** Saved: what is on disk now. */
    void saved(String savedBaseline) {
        baseline = savedBaseline;
        dirty.set(false);
    }

    MenuDocument doc() {
        return doc;
    }

    String baseline() {
        return baseline;
    }

    /** Runs {@code r} after every edit (the item's preview). */
    void afterEdit(Runnable r) {
        afterEdit.add(r);
    }

    /** Changes the tree, marks the menu changed and checks it again; nothing while a selection is being shown. */
    void edit(Runnable change) {
        if (doc == null || showing) {
            return;
        }
        change.run();
        dirty.set(true);
        message.set(""); // "saved" no longer says anything true
        revalidate();
        afterEdit.forEach(Runnable::run);
    }

    /** Shows a selection's values in the fields: their changes are not edits meanwhile. */
    void showing(Runnable show) {
        boolean was = showing;
        showing = true;
        try {
            show.run();
        } finally {
            showing = was;
        }
    }

    boolean isShowing() {
        return showing;
    }

    void say(String text) {
        message.set(text);
    }

    String text(String key) {
        return text.apply(key);
    }

    boolean korean() {
        return korean;
    }

    void revalidate() {
        try {
            Menu menu = files.validate(doc);
            valid.set(menu);
            problem.set("");
        } catch (MenuException e) {
            valid.set(null);
            problem.set(describe(e));
        }
    }

    /** Names the element and field the menu rule refused, in the screen's language. */
    String describe(MenuException e) {
        Matcher m = ELEMENT.matcher(e.jsonPath() == null ? "" : e.jsonPath());
        String where = "";
        String fieldName = "";
        if (m.matches()) {
            List<ObjectNode> list = doc.list(m.group(1));
            int index = Integer.parseInt(m.group(2));
            if (index < list.size()) {
                ObjectNode element = list.get(index);
                if (m.group(3) != null) {
                    List<ObjectNode> opts = doc.options(element.path("id").asText());
                    int oi = Integer.parseInt(m.group(3));
                    where = label(element) + " › " + (oi < opts.size() ? label(opts.get(oi)) : "");
                } else {
                    where = label(element);
                }
            }
            fieldName = m.group(4) == null ? "" : m.group(4);
        }
        String fieldLabel = fieldName.isEmpty() ? "" : text.apply("field." + fieldName);
        String reason = korean ? text.apply("menu.invalid") : e.reason();
        return (where.isEmpty() ? "" : where + " · ") + (fieldLabel.isEmpty() ? "" : fieldLabel + ": ") + reason;
    }

    // ---- helpers the editors share ----

    String freshId(String list, String prefix) {
        int n = 1;
        while (doc.find(list, prefix + "-" + n).isPresent()) {
            n++;
        }
        return prefix + "-" + n;
    }

    List<Row> rows(List<ObjectNode> nodes) {
        return nodes.stream().map(n -> new Row(n.path("id").asText(), label(n))).toList();
    }

    String label(ObjectNode n) {
        String ko = n.path("nameKo").asText("");
        return korean ? ko : n.path("nameEn").asText(ko);
    }

    /** A whole number goes in as a number; anything else as typed, so the menu rule names it. */
    static void putNumber(ObjectNode node, String fieldName, String value) {
        String v = value == null ? "" : value.strip().replace(",", "");
        try {
            node.put(fieldName, Long.parseLong(v));
        } catch (NumberFormatException e) {
            node.put(fieldName, value);
        }
    }

    static int indexOf(List<ObjectNode> nodes, String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (id.equals(nodes.get(i).path("id").asText())) {
                return i;
            }
        }
        return -1;
    }

    /** The id when it is still in the rows, else the first row's, else null. */
    static String keepOrFirst(List<Row> rows, String id) {
        if (id != null && rows.stream().anyMatch(r -> r.id().equals(id))) {
            return id;
        }
        return rows.isEmpty() ? null : rows.get(0).id();
    }

    /** Each choice's label again from the element of {@code list} it names, as the menu is now. */
    void relabel(List<GroupChoice> choices, String list) {
        if (doc == null) {
            return;
        }
        for (GroupChoice choice : choices) {
            doc.find(list, choice.id()).ifPresent(element -> choice.relabel(label(element)));
        }
    }

    static void relabel(ObservableList<Row> rows, String id, String label, boolean applies) {
        if (!applies) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                rows.set(i, new Row(id, label));
            }
        }
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The menu as a kiosk would load it now, or null while the edit is not valid. */
    public ReadOnlyObjectProperty<Menu> validMenuProperty() {
        return valid.getReadOnlyProperty();
    }
}
