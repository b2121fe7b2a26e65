package com.brewline.office.menu;

import com.brewline.menu.MenuChangedException;
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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The menu edited where it is used. Every edit goes into the menu's JSON tree ({@link MenuDocument}) at
 * once and the whole menu is checked by the menu file's own rule after each one ({@link #problemProperty()}:
 * empty when it would load on a kiosk). Saving writes it atomically and keeps the earlier file as a
 * numbered version; any earlier version can be brought back. Files are read and written on the office's
 * worker thread.
 */
public final class MenuEditorViewModel {
    private static final Pattern ELEMENT = Pattern.compile("^(items|categories|optionGroups)\\[(\\d+)](?:\\.options\\[(\\d+)])?(?:\\.(\\w+))?.*");

    private final MenuFiles files;
    private final Work work;
    private final Function<String, String> text;
    private final boolean korean;
    /** Called on the worker thread after the first save of a menu the configuration did not name yet. */
    private final Runnable afterFirstSave;
    private boolean configured;

    private MenuDocument doc;
    private String baseline;
    private boolean loading;

    private final ObservableList<Row> categories = FXCollections.observableArrayList();
    private final ObservableList<Row> items = FXCollections.observableArrayList();
    private final ObservableList<Row> groups = FXCollections.observableArrayList();
    private final ObservableList<Row> options = FXCollections.observableArrayList();
    private final ObservableList<MenuFiles.Version> versions = FXCollections.observableArrayList();
    private final ObservableList<GroupChoice> itemGroups = FXCollections.observableArrayList();

    private final StringProperty category = new SimpleStringProperty();
    private final StringProperty item = new SimpleStringProperty();
    private final StringProperty group = new SimpleStringProperty();
    private final StringProperty option = new SimpleStringProperty();

    private final StringProperty categoryNameKo = field();
    private final StringProperty categoryNameEn = field();
    private final StringProperty nameKo = field();
    private final StringProperty nameEn = field();
    private final StringProperty price = field();
    private final StringProperty prepSeconds = field();
    private final StringProperty itemCategory = field();
    private final BooleanProperty available = new SimpleBooleanProperty(true);
    private final StringProperty groupNameKo = field();
    private final StringProperty groupNameEn = field();
    private final StringProperty minSelect = field();
    private final StringProperty maxSelect = field();
    private final StringProperty optionNameKo = field();
    private final StringProperty optionNameEn = field();
    private final StringProperty priceDelta = field();
    private final BooleanProperty optionDefault = new SimpleBooleanProperty();

    private final ReadOnlyStringWrapper image = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper imageUrl = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper previewName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewPrice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Menu> valid = new ReadOnlyObjectWrapper<>();

    /** An option group offered on the selected item, ticked when the item has it. */
    public static final class GroupChoice {
        private final String id;
        private final String label;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        GroupChoice(String id, String label, boolean on) {
            this.id = id;
            this.label = label;
            chosen.set(on);
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    public MenuEditorViewModel(MenuFiles files, boolean configured, Runnable afterFirstSave, Work work,
                               Function<String, String> text, boolean korean) {
        this.files = files;
        this.configured = configured;
        this.afterFirstSave = afterFirstSave;
        this.work = work;
        this.text = text;
        this.korean = korean;
        category.addListener((o, a, b) -> showCategory());
        item.addListener((o, a, b) -> showItem());
        group.addListener((o, a, b) -> showGroup());
        option.addListener((o, a, b) -> showOption());
        categoryNameKo.addListener((o, a, b) -> editCategory("nameKo", b));
        categoryNameEn.addListener((o, a, b) -> editCategory("nameEn", b));
        nameKo.addListener((o, a, b) -> editItem("nameKo", b));
        nameEn.addListener((o, a, b) -> editItem("nameEn", b));
        price.addListener((o, a, b) -> editItemNumber("price", b));
        prepSeconds.addListener((o, a, b) -> editItemNumber("prepSeconds", b));
        itemCategory.addListener((o, a, b) -> editItem("categoryId", b));
        available.addListener((o, a, b) -> edit(() -> currentItem().put("available", b)));
        groupNameKo.addListener((o, a, b) -> editGroup("nameKo", b));
        groupNameEn.addListener((o, a, b) -> editGroup("nameEn", b));
        minSelect.addListener((o, a, b) -> editGroupNumber("minSelect", b));
        maxSelect.addListener((o, a, b) -> editGroupNumber("maxSelect", b));
        optionNameKo.addListener((o, a, b) -> editOption("nameKo", b));
        optionNameEn.addListener((o, a, b) -> editOption("nameEn", b));
        priceDelta.addListener((o, a, b) -> editOptionNumber("priceDelta", b));
        optionDefault.addListener((o, a, b) -> edit(() -> currentOption().put("default", b)));
    }

    private static StringProperty field() {
        return new SimpleStringProperty("");
    }

    // ---- loading and saving (worker thread) ----

    /** Reads the menu file (or the bundled menu before the first save). */
    public void open() {
        work.run(files::open, opened -> {
            doc = opened.document();
            baseline = opened.baseline();
            dirty.set(false);
            refreshAll();
            message.set(configured ? "" : text.apply("menu.bundledInUse"));
        }, e -> message.set(text.apply("menu.openFailed") + " " + e.getMessage()));
        loadVersions();
    }

    public void save() {
        if (doc == null || !problem.get().isEmpty()) {
            return;
        }
        MenuDocument copy = doc.copy();
        String base = baseline;
        boolean first = !configured;
        work.run(() -> {
            String saved = files.save(copy, base);
            if (first) {
                afterFirstSave.run();
            }
            return saved;
        }, saved -> {
            baseline = saved;
            configured = true;
            dirty.set(false);
            message.set(text.apply("menu.saved"));
            loadVersions();
        }, e -> message.set(e instanceof MenuChangedException ? text.apply("menu.changedElsewhere")
                : e instanceof MenuException me ? describe(me) : text.apply("menu.saveFailed") + " " + e.getMessage()));
    }

    /** Brings an earlier version back as the menu (saved at once; the one it replaces becomes a version too). */
    public void restore(MenuFiles.Version version) {
        String base = baseline;
        work.run(() -> files.save(files.readVersion(version), base), saved -> {
            message.set(String.format(text.apply("menu.restored"), version.number()));
            open();
        }, e -> message.set(e instanceof MenuChangedException ? text.apply("menu.changedElsewhere")
                : text.apply("menu.saveFailed") + " " + e.getMessage()));
    }

    /** Copies a picture into the menu's folder and puts it on the selected item. */
    public void pickImage(Path picture) {
        String itemId = item.get();
        if (itemId == null) {
            return;
        }
        work.run(() -> files.importImage(picture), ref -> {
            if (itemId.equals(item.get())) {
                edit(() -> currentItem().put("image", ref));
                image.set(ref);
                imageUrl.set(files.imageResolver().apply(ref));
            }
        }, e -> message.set(e instanceof MenuException me ? me.reason() : e.getMessage()));
    }

    public void removeImage() {
        edit(() -> currentItem().remove("image"));
        image.set(null);
        imageUrl.set(null);
    }

    private void loadVersions() {
        work.run(files::versions, versions::setAll, e -> { });
    }

    // ---- structure edits ----

    public void addCategory() {
        String id = freshId(MenuDocument.CATEGORIES, "category");
        edit(() -> doc.add(MenuDocument.CATEGORIES, id).put("nameKo", text.apply("menu.new.categoryKo"))
                .put("nameEn", text.apply("menu.new.categoryEn")));
        refreshAll();
        category.set(id);
    }

    public void removeCategory() {
        String id = category.get();
        if (id != null) {
            edit(() -> doc.remove(MenuDocument.CATEGORIES, id));
            refreshAll();
        }
    }

    public void moveCategory(int delta) {
        String id = category.get();
        if (id != null) {
            edit(() -> doc.move(MenuDocument.CATEGORIES, id, delta));
            refreshAll();
            category.set(id);
        }
    }

    public void addItem() {
        String cat = category.get();
        if (cat == null) {
            return;
        }
        String id = freshId(MenuDocument.ITEMS, "item");
        edit(() -> doc.add(MenuDocument.ITEMS, id).put("categoryId", cat).put("nameKo", text.apply("menu.new.itemKo"))
                .put("nameEn", text.apply("menu.new.itemEn")).put("price", 0).put("prepSeconds", 60));
        showCategory();
        item.set(id);
    }

    /** Takes the item off the menu (it stays in the earlier versions; placed orders keep their lines). */
    public void retireItem() {
        String id = item.get();
        if (id != null) {
            edit(() -> doc.remove(MenuDocument.ITEMS, id));
            showCategory();
        }
    }

    /** Moves the item before (-1) or after (+1) its neighbour in the same category. */
    public void moveItem(int delta) {
        String id = item.get();
        String cat = category.get();
        if (id == null || cat == null) {
            return;
        }
        List<ObjectNode> inCategory = doc.itemsIn(cat);
        int at = indexOf(inCategory, id);
        int to = at + Integer.signum(delta);
        if (at < 0 || to < 0 || to >= inCategory.size()) {
            return;
        }
        List<ObjectNode> all = doc.list(MenuDocument.ITEMS);
        int from = indexOf(all, id);
        int target = indexOf(all, inCategory.get(to).path("id").asText());
        edit(() -> doc.move(MenuDocument.ITEMS, id, target - from));
        showCategory();
        item.set(id);
    }

    public void addGroup() {
        String id = freshId(MenuDocument.OPTION_GROUPS, "options");
        edit(() -> {
            ObjectNode g = doc.add(MenuDocument.OPTION_GROUPS, id).put("nameKo", text.apply("menu.new.groupKo"))
                    .put("nameEn", text.apply("menu.new.groupEn")).put("minSelect", 0).put("maxSelect", 1);
            g.putArray("options").addObject().put("id", "option-1").put("nameKo", text.apply("menu.new.optionKo"))
                    .put("nameEn", text.apply("menu.new.optionEn")).put("priceDelta", 0);
        });
        refreshAll();
        group.set(id);
    }

    public void removeGroup() {
        String id = group.get();
        if (id != null) {
            edit(() -> doc.remove(MenuDocument.OPTION_GROUPS, id));
            refreshAll();
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
        edit(() -> doc.addOption(g, id).put("nameKo", text.apply("menu.new.optionKo"))
                .put("nameEn", text.apply("menu.new.optionEn")).put("priceDelta", 0));
        showGroup();
        option.set(id);
    }

    public void removeOption() {
        String g = group.get();
        String o = option.get();
        if (g != null && o != null) {
            edit(() -> doc.removeOption(g, o));
            showGroup();
        }
    }

    public void moveOption(int delta) {
        String g = group.get();
        String o = option.get();
        if (g != null && o != null) {
            edit(() -> doc.moveOption(g, o, delta));
            showGroup();
            option.set(o);
        }
    }

    // ---- field edits ----

    private void editCategory(String fieldName, String value) {
        if (!loading && category.get() != null) {
            edit(() -> doc.require(MenuDocument.CATEGORIES, category.get()).put(fieldName, value));
            relabel(categories, category.get(), value, "nameKo".equals(fieldName) == korean);
        }
    }

    private void editItem(String fieldName, String value) {
        if (!loading && item.get() != null) {
            edit(() -> currentItem().put(fieldName, value));
            if (fieldName.equals("nameKo") == korean) {
                relabel(items, item.get(), value, true);
            }
        }
    }

    private void editItemNumber(String fieldName, String value) {
        if (!loading && item.get() != null) {
            edit(() -> putNumber(currentItem(), fieldName, value));
        }
    }

    private void editGroup(String fieldName, String value) {
        if (!loading && group.get() != null) {
            edit(() -> doc.require(MenuDocument.OPTION_GROUPS, group.get()).put(fieldName, value));
        }
    }

    private void editGroupNumber(String fieldName, String value) {
        if (!loading && group.get() != null) {
            edit(() -> putNumber(doc.require(MenuDocument.OPTION_GROUPS, group.get()), fieldName, value));
        }
    }

    private void editOption(String fieldName, String value) {
        if (!loading && option.get() != null) {
            edit(() -> currentOption().put(fieldName, value));
        }
    }

    private void editOptionNumber(String fieldName, String value) {
        if (!loading && option.get() != null) {
            edit(() -> putNumber(currentOption(), fieldName, value));
        }
    }

    /** A whole number goes in as a number; anything else as typed, so the menu rule names it. */
    private static void putNumber(ObjectNode node, String fieldName, String value) {
        String v = value == null ? "" : value.strip().replace(",", "");
        try {
            node.put(fieldName, Long.parseLong(v));
        } catch (NumberFormatException e) {
            node.put(fieldName, value);
        }
    }

    /** Ticks or unticks an option group on the selected item (kept in the menu's group order). */
    public void setItemGroup(String groupId, boolean on) {
        if (loading || item.get() == null) {
            return;
        }
        edit(() -> {
            ObjectNode i = currentItem();
            List<String> chosen = new ArrayList<>();
            i.path("optionGroupIds").forEach(n -> chosen.add(n.asText()));
            if (on && !chosen.contains(groupId)) {
                chosen.add(groupId);
            } else if (!on) {
                chosen.remove(groupId);
            }
            List<String> order = doc.list(MenuDocument.OPTION_GROUPS).stream().map(g -> g.path("id").asText()).toList();
            ArrayNode ids = i.putArray("optionGroupIds");
            order.stream().filter(chosen::contains).forEach(ids::add);
        });
    }

    private void edit(Runnable change) {
        if (doc == null || loading) {
            return;
        }
        change.run();
        dirty.set(true);
        message.set(""); // "saved" no longer says anything true
        revalidate();
        updatePreview();
    }

    // ---- showing ----

    private void refreshAll() {
        String keepCategory = category.get();
        String keepGroup = group.get();
        categories.setAll(rows(doc.list(MenuDocument.CATEGORIES)));
        groups.setAll(rows(doc.list(MenuDocument.OPTION_GROUPS)));
        category.set(null);
        category.set(exists(categories, keepCategory) ? keepCategory
                : categories.isEmpty() ? null : categories.get(0).id());
        group.set(null);
        group.set(exists(groups, keepGroup) ? keepGroup : groups.isEmpty() ? null : groups.get(0).id());
        revalidate();
    }

    private void showCategory() {
        loading = true;
        try {
            String id = category.get();
            ObjectNode c = id == null || doc == null ? null : doc.find(MenuDocument.CATEGORIES, id).orElse(null);
            categoryNameKo.set(c == null ? "" : c.path("nameKo").asText(""));
            categoryNameEn.set(c == null ? "" : c.path("nameEn").asText(""));
            String keep = item.get();
            items.setAll(c == null ? List.of() : rows(doc.itemsIn(id)));
            item.set(null);
            item.set(exists(items, keep) ? keep : items.isEmpty() ? null : items.get(0).id());
        } finally {
            loading = false;
        }
        showItem();
    }

    private void showItem() {
        loading = true;
        try {
            ObjectNode i = item.get() == null || doc == null ? null : doc.find(MenuDocument.ITEMS, item.get()).orElse(null);
            nameKo.set(i == null ? "" : i.path("nameKo").asText(""));
            nameEn.set(i == null ? "" : i.path("nameEn").asText(""));
            price.set(i == null ? "" : i.path("price").asText(""));
            prepSeconds.set(i == null ? "" : i.path("prepSeconds").asText(""));
            itemCategory.set(i == null ? null : i.path("categoryId").asText(null));
            available.set(i == null || i.path("available").asBoolean(true));
            String ref = i == null ? null : i.path("image").asText(null);
            image.set(ref);
            imageUrl.set(ref == null ? null : files.imageResolver().apply(ref));
            Set<String> on = new java.util.HashSet<>();
            if (i != null) {
                i.path("optionGroupIds").forEach(n -> on.add(n.asText()));
            }
            List<GroupChoice> choices = new ArrayList<>();
            if (doc != null) {
                for (ObjectNode g : doc.list(MenuDocument.OPTION_GROUPS)) {
                    String gid = g.path("id").asText();
                    GroupChoice choice = new GroupChoice(gid, label(g), on.contains(gid));
                    choice.chosenProperty().addListener((o, a, b) -> setItemGroup(gid, b));
                    choices.add(choice);
                }
            }
            itemGroups.setAll(choices);
        } finally {
            loading = false;
        }
        updatePreview();
    }

    private void showGroup() {
        loading = true;
        try {
            ObjectNode g = group.get() == null || doc == null ? null
                    : doc.find(MenuDocument.OPTION_GROUPS, group.get()).orElse(null);
            groupNameKo.set(g == null ? "" : g.path("nameKo").asText(""));
            groupNameEn.set(g == null ? "" : g.path("nameEn").asText(""));
            minSelect.set(g == null ? "" : g.path("minSelect").asText("0"));
            maxSelect.set(g == null ? "" : g.path("maxSelect").asText("1"));
            String keep = option.get();
            options.setAll(g == null ? List.of() : rows(doc.options(group.get())));
            option.set(null);
            option.set(exists(options, keep) ? keep : options.isEmpty() ? null : options.get(0).id());
        } finally {
            loading = false;
        }
        showOption();
    }

    private void showOption() {
        loading = true;
        try {
            ObjectNode o = option.get() == null || group.get() == null || doc == null ? null : findOption();
            optionNameKo.set(o == null ? "" : o.path("nameKo").asText(""));
            optionNameEn.set(o == null ? "" : o.path("nameEn").asText(""));
            priceDelta.set(o == null ? "" : o.path("priceDelta").asText("0"));
            optionDefault.set(o != null && o.path("default").asBoolean(false));
        } finally {
            loading = false;
        }
    }

    private void updatePreview() {
        ObjectNode i = item.get() == null || doc == null ? null : doc.find(MenuDocument.ITEMS, item.get()).orElse(null);
        if (i == null) {
            previewName.set("");
            previewPrice.set("");
            return;
        }
        previewName.set(i.path(korean ? "nameKo" : "nameEn").asText(i.path("nameKo").asText("")));
        JsonNode p = i.path("price");
        previewPrice.set(p.canConvertToLong() && p.isIntegralNumber() ? Money.won(p.asLong(), korean) : "—");
    }

    private void revalidate() {
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

    // ---- helpers ----

    private ObjectNode currentItem() {
        return doc.require(MenuDocument.ITEMS, item.get());
    }

    private ObjectNode currentOption() {
        return findOption();
    }

    private ObjectNode findOption() {
        return doc.options(group.get()).stream().filter(o -> option.get().equals(o.path("id").asText()))
                .findFirst().orElseThrow();
    }

    private boolean hasOption(String groupId, String optionId) {
        return doc.options(groupId).stream().anyMatch(o -> optionId.equals(o.path("id").asText()));
    }

    private String freshId(String list, String prefix) {
        int n = 1;
        while (doc.find(list, prefix + "-" + n).isPresent()) {
            n++;
        }
        return prefix + "-" + n;
    }

    private List<Row> rows(List<ObjectNode> nodes) {
        return nodes.stream().map(n -> new Row(n.path("id").asText(), label(n))).toList();
    }

    private String label(ObjectNode n) {
        String ko = n.path("nameKo").asText("");
        return korean ? ko : n.path("nameEn").asText(ko);
    }

    private static int indexOf(List<ObjectNode> nodes, String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (id.equals(nodes.get(i).path("id").asText())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean exists(List<Row> rows, String id) {
        return id != null && rows.stream().anyMatch(r -> r.id().equals(id));
    }

    private static void relabel(ObservableList<Row> rows, String id, String label, boolean applies) {
        if (!applies) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                rows.set(i, new Row(id, label));
            }
        }
    }

    // ---- properties ----

    public ObservableList<Row> categories() { return categories; }
    public ObservableList<Row> items() { return items; }
    public ObservableList<Row> groups() { return groups; }
    public ObservableList<Row> options() { return options; }
    public ObservableList<MenuFiles.Version> versions() { return versions; }
    public ObservableList<GroupChoice> itemGroups() { return itemGroups; }
    public StringProperty categoryProperty() { return category; }
    public StringProperty itemProperty() { return item; }
    public StringProperty groupProperty() { return group; }
    public StringProperty optionProperty() { return option; }
    public StringProperty categoryNameKoProperty() { return categoryNameKo; }
    public StringProperty categoryNameEnProperty() { return categoryNameEn; }
    public StringProperty nameKoProperty() { return nameKo; }
    public StringProperty nameEnProperty() { return nameEn; }
    public StringProperty priceProperty() { return price; }
    public StringProperty prepSecondsProperty() { return prepSeconds; }
    public StringProperty itemCategoryProperty() { return itemCategory; }
    public BooleanProperty availableProperty() { return available; }
    public StringProperty groupNameKoProperty() { return groupNameKo; }
    public StringProperty groupNameEnProperty() { return groupNameEn; }
    public StringProperty minSelectProperty() { return minSelect; }
    public StringProperty maxSelectProperty() { return maxSelect; }
    public StringProperty optionNameKoProperty() { return optionNameKo; }
    public StringProperty optionNameEnProperty() { return optionNameEn; }
    public StringProperty priceDeltaProperty() { return priceDelta; }
    public BooleanProperty optionDefaultProperty() { return optionDefault; }
    public ReadOnlyStringProperty imageProperty() { return image.getReadOnlyProperty(); }
    public ReadOnlyStringProperty imageUrlProperty() { return imageUrl.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewNameProperty() { return previewName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewPriceProperty() { return previewPrice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    /** The menu as a kiosk would load it now, or null while the edit is not valid. */
    public ReadOnlyObjectProperty<Menu> validMenuProperty() { return valid.getReadOnlyProperty(); }

    /** The item as the kiosk would show it, from the last valid menu. */
    public java.util.Optional<MenuItem> previewItem() {
        Menu m = valid.get();
        return m == null || item.get() == null ? java.util.Optional.empty() : m.item(item.get());
    }
}
