package com.brewline.menu;

import com.brewline.model.Menu;
import com.brewline.model.OrderLine;
import com.brewline.ordering.Cart;
import com.brewline.ordering.MenuCheck;
import com.brewline.ordering.OrderLineFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MenuFilesTest {
    @TempDir
    Path dir;

    private MenuFiles files() {
        return new MenuFiles(dir.resolve("menu").resolve("menu.json"));
    }

    @Test
    void firstSaveStartsFromTheBundledMenuThenEverySaveKeepsTheOneItReplaces() throws Exception {
        MenuFiles files = files();
        MenuFiles.Opened opened = files.open();
        assertThat(opened.baseline()).isNull();
        MenuDocument doc = opened.document();
        doc.require(MenuDocument.ITEMS, "americano").put("price", 4700);
        String baseline = files.save(doc, opened.baseline());
        assertThat(MenuLoader.load(files.menuFile()).item("americano").orElseThrow().price()).isEqualTo(4700);
        assertThat(files.versions()).isEmpty();
        // the bundled pictures came along, so the kiosk shows the same menu
        Menu saved = MenuLoader.load(files.menuFile());
        assertThat(saved.items().stream().filter(i -> i.image() != null)).allSatisfy(i ->
                assertThat(Path.of(java.net.URI.create(i.image()))).isRegularFile());

        doc.require(MenuDocument.ITEMS, "americano").put("price", 4900);
        baseline = files.save(doc, baseline);
        doc.remove(MenuDocument.ITEMS, "cheesecake");
        baseline = files.save(doc, baseline);
        assertThat(files.versions()).extracting(MenuFiles.Version::number).containsExactly(2, 1);
        assertThat(MenuLoader.load(files.menuFile()).item("cheesecake")).isEmpty();

        // undo to version 1 (4,700 won, cheesecake still there): saved as the newest, the current kept too
        MenuDocument first = files.readVersion(files.versions().get(1));
        files.save(first, baseline);
        Menu now = MenuLoader.load(files.menuFile());
        assertThat(now.item("americano").orElseThrow().price()).isEqualTo(4700);
        assertThat(now.item("cheesecake")).isPresent();
        assertThat(files.versions()).hasSize(3);
        try (var left = Files.list(files.menuFile().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anInvalidMenuIsRefusedByTheMenuRuleAndNothingIsWritten() throws Exception {
        MenuFiles files = files();
        MenuFiles.Opened opened = files.open();
        String baseline = files.save(opened.document(), null);
        byte[] before = Files.readAllBytes(files.menuFile());
        MenuDocument doc = files.open().document();
        doc.require(MenuDocument.ITEMS, "americano").put("price", -1);
        assertThatThrownBy(() -> files.save(doc, baseline)).isInstanceOf(MenuException.class)
                .hasMessageContaining("items[").hasMessageContaining("price must not be negative");
        doc.require(MenuDocument.ITEMS, "americano").put("price", 4500).put("categoryId", "nope");
        assertThatThrownBy(() -> files.save(doc, baseline)).hasMessageContaining("unknown category");
        assertThat(Files.readAllBytes(files.menuFile())).isEqualTo(before);
        assertThat(files.versions()).isEmpty();
    }

    @Test
    void aMenuChangedElsewhereIsNotOverwritten() throws Exception {
        MenuFiles files = files();
        String baseline = files.save(files.open().document(), null);
        MenuFiles.Opened mine = files.open();
        MenuFiles.Opened theirs = files.open();
        theirs.document().require(MenuDocument.ITEMS, "americano").put("price", 5000);
        files.save(theirs.document(), theirs.baseline());
        mine.document().require(MenuDocument.ITEMS, "americano").put("price", 4000);
        assertThatThrownBy(() -> files.save(mine.document(), mine.baseline())).isInstanceOf(MenuChangedException.class);
        assertThat(MenuLoader.load(files.menuFile()).item("americano").orElseThrow().price()).isEqualTo(5000);
        assertThat(baseline).isNotNull();
    }

    @Test
    void fieldsTheEditorDoesNotKnowAreKeptAndOrderIsTheFilesOrder() {
        MenuDocument doc = files().open().document();
        ObjectNode first = doc.list(MenuDocument.ITEMS).get(0);
        String firstId = first.get("id").asText();
        doc.move(MenuDocument.ITEMS, firstId, 2);
        assertThat(doc.list(MenuDocument.ITEMS).get(2).get("id").asText()).isEqualTo(firstId);
        String json = new String(doc.toBytes(), StandardCharsets.UTF_8);
        doc.root().put("someFutureField", "kept");
        MenuDocument again = MenuDocument.parse(doc.toBytes(), "test");
        assertThat(again.root().get("someFutureField").asText()).isEqualTo("kept");
        assertThat(json).contains("\"storeNameKo\"");
        assertThatThrownBy(() -> doc.add(MenuDocument.ITEMS, firstId)).hasMessageContaining("already used");
    }

    @Test
    void picturesAreCopiedIntoTheMenuFolderOnlyWhenTheyArePictures() throws Exception {
        MenuFiles files = files();
        Path png = dir.resolve("My Latte!.PNG");
        Files.write(png, new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        String ref = files.importImage(png);
        assertThat(ref).isEqualTo("images/my-latte.png");
        assertThat(files.imageResolver().apply(ref)).isNotNull();
        Path webp = dir.resolve("x.webp");
        Files.write(webp, "RIFF0000WEBPVP8 ".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> files.importImage(webp)).hasMessageContaining("not a PNG, JPEG, GIF or BMP");
        Path other = dir.resolve("my-latte.png");
        Files.write(other, new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 1});
        assertThat(files.importImage(other)).isEqualTo("images/my-latte-2.png");
    }

    @Test
    void aWatchedMenuFileDeliversEachValidSaveAndKeepsTheLastValidOne() throws Exception {
        MenuFiles files = files();
        String baseline = files.save(files.open().document(), null);
        List<MenuException> invalid = new CopyOnWriteArrayList<>();
        try (WatchedMenuFile watched = WatchedMenuFile.start(files.menuFile(), Duration.ofMillis(50), invalid::add)) {
            List<Menu> seen = new CopyOnWriteArrayList<>();
            watched.subscribe(seen::add);
            MenuDocument doc = files.open().document();
            doc.require(MenuDocument.ITEMS, "americano").put("price", 5100);
            files.save(doc, baseline);
            waitFor(() -> !seen.isEmpty());
            assertThat(watched.current().item("americano").orElseThrow().price()).isEqualTo(5100);
            Files.writeString(files.menuFile(), "{ \"broken\": ");
            waitFor(() -> !invalid.isEmpty());
            assertThat(watched.current().item("americano").orElseThrow().price()).isEqualTo(5100);
        }
    }

    @Test
    void aCartKeepsItsPricesAndARetiredItemIsFoundBeforePaying() {
        MenuFiles files = files();
        MenuDocument doc = files.open().document();
        Menu before = files.validate(doc);
        Cart cart = new Cart();
        cart.add(OrderLineFactory.create(before, "americano", OrderLineFactory.defaultSelections(before, "americano"),
                1, Set.of()));
        cart.add(OrderLineFactory.create(before, "cheesecake", java.util.Map.of(), 1, Set.of()));
        long total = cart.total();
        doc.require(MenuDocument.ITEMS, "americano").put("price", 9900);
        doc.remove(MenuDocument.ITEMS, "cheesecake");
        Menu after = files.validate(doc);
        assertThat(cart.total()).isEqualTo(total);
        List<OrderLine> gone = MenuCheck.noLongerSold(cart.lines(), after, Set.of());
        assertThat(gone).extracting(OrderLine::itemId).containsExactly("cheesecake");
        assertThat(MenuCheck.noLongerSold(cart.lines(), before, Set.of("americano")))
                .extracting(OrderLine::itemId).containsExactly("americano");
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
