package com.brewline.office.menu;

import com.brewline.menu.MenuChangedException;
import com.brewline.menu.MenuDocument;
import com.brewline.menu.MenuException;
import com.brewline.menu.MenuFiles;
import com.brewline.office.support.Work;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.Function;

/**
 * The menu edited where it is used. Every edit goes into the menu's JSON tree at once and the whole menu is checked
 * by the menu file's own rule after each one ({@link MenuDraft}); the categories, the items and the option groups are
 * each edited by an editor of their own. Saving writes the menu atomically and keeps the earlier file as a numbered
 * version; any earlier version can be brought back. Files are read and written on the office's worker thread.
 */
public final class MenuEditorViewModel {
    private final MenuFiles files;
    private final Work work;
    private final Function<String, String> text;
    /** Called on the worker thread after the first save of a menu the configuration did not name yet. */
    private final Runnable afterFirstSave;
    private boolean configured;

    private final MenuDraft draft;
    private final CategoryEditor categories;
    private final ItemEditor items;
    private final OptionGroupEditor groups;
    private final PairingEditor pairings;
    private final ObservableList<MenuFiles.Version> versions = FXCollections.observableArrayList();

    public MenuEditorViewModel(MenuFiles files, boolean configured, Runnable afterFirstSave, Work work,
                               Function<String, String> text, boolean korean) {
        this.files = files;
        this.configured = configured;
        this.afterFirstSave = afterFirstSave;
        this.work = work;
        this.text = text;
        this.draft = new MenuDraft(files, text, korean);
        this.items = new ItemEditor(draft, files, work, this::selectedCategory);
        this.categories = new CategoryEditor(draft, this::refreshAll, items::showCategory);
        this.groups = new OptionGroupEditor(draft, this::refreshAll);
        this.pairings = new PairingEditor(draft, items.selectedProperty());
    }

    private String selectedCategory() {
        return categories.selectedProperty().get();
    }

    /** Reads the menu file (or the bundled menu before the first save). */
    public void open() {
        work.run(files::open, opened -> {
            draft.load(opened.document(), opened.baseline());
            refreshAll();
            draft.say(configured ? "" : text.apply("menu.bundledInUse"));
        }, e -> draft.say(text.apply("menu.openFailed") + " " + e.getMessage()));
        loadVersions();
    }

    public void save() {
        if (draft.doc() == null || !draft.problemProperty().get().isEmpty()) {
            return;
        }
        MenuDocument copy = draft.doc().copy();
        String base = draft.baseline();
        boolean first = !configured;
        work.run(() -> {
            String saved = files.save(copy, base);
            if (first) {
                afterFirstSave.run();
            }
            return saved;
        }, saved -> {
            draft.saved(saved);
            configured = true;
            draft.say(text.apply("menu.saved"));
            loadVersions();
        }, e -> draft.say(e instanceof MenuChangedException ? text.apply("menu.changedElsewhere")
                : e instanceof MenuException me ? draft.describe(me) : text.apply("menu.saveFailed") + " " + e.getMessage()));
    }

    /** Brings an earlier version back as the menu (saved at once; the one it replaces becomes a version too). */
    public void restore(MenuFiles.Version version) {
        String base = draft.baseline();
        work.run(() -> files.save(files.readVersion(version), base), saved -> {
            draft.say(String.format(text.apply("menu.restored"), version.number()));
            open();
        }, e -> draft.say(e instanceof MenuChangedException ? text.apply("menu.changedElsewhere")
                : text.apply("menu.saveFailed") + " " + e.getMessage()));
    }

    private void loadVersions() {
        work.run(files::versions, versions::setAll, e -> { });
    }

    /** Every list again from the menu (after a change of structure), keeping the selections still there. */
    private void refreshAll() {
        categories.refresh();
        groups.refresh();
        pairings.show(); // the same item selected in a menu opened again: its pairings as that file says
        draft.revalidate();
    }

    /** The menu being edited: whether it changed, whether it would load on a kiosk, the last message. */
    public MenuDraft draft() {
        return draft;
    }

    public CategoryEditor categories() {
        return categories;
    }

    public ItemEditor items() {
        return items;
    }

    public OptionGroupEditor groups() {
        return groups;
    }

    /** The selected item's pairings. */
    public PairingEditor pairings() {
        return pairings;
    }

    public ObservableList<MenuFiles.Version> versions() {
        return versions;
    }
}
