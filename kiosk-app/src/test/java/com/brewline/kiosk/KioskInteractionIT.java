package com.brewline.kiosk;

import com.brewline.kiosk.frame.Screen;
import com.brewline.kiosk.frame.FrameView;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.kiosk.testing.ScreenTour;
import com.brewline.model.DiningOption;
import com.brewline.sandbox.SandboxKnobs;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Language, accessible mode, speech, inactivity, bad input, staff exit and a closed store, on one real kiosk. */
class KioskInteractionIT {
    private static KioskFixture kiosk;

    @BeforeAll
    static void start() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual());
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @BeforeEach
    void freshSession() {
        Fx.run(() -> kiosk.ui.frame().endSession());
        kiosk.show(ScreenTour.ALL.get(0));
        kiosk.speech.clear();
    }

    private Node node(String query) {
        return Fx.get(() -> kiosk.scene().getRoot().lookup(query));
    }

    private void tap(String query) {
        kiosk.tap(query);
    }

    private static boolean shown(Node n) {
        return Fx.shown(n);
    }

    /** Every visible text of the screen, outside the hidden overlays. */
    private static List<Text> visibleTexts(Scene scene) {
        return Fx.get(() -> {
            List<Text> texts = new ArrayList<>();
            collect(scene.getRoot(), texts);
            return texts;
        });
    }

    private static void collect(Node n, List<Text> into) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Text t && !(n instanceof FontIcon) && t.getText() != null && !t.getText().isBlank()
                && t.getText().chars().anyMatch(Character::isLetter)) {
            into.add(t);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
        }
    }

    private static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static List<String> menuKoreanNames() {
        List<String> names = new ArrayList<>();
        kiosk.menu.items().forEach(i -> names.add(i.nameKo()));
        kiosk.menu.optionGroups().forEach(g -> {
            names.add(g.nameKo());
            g.options().forEach(o -> names.add(o.nameKo()));
        });
        kiosk.menu.categories().forEach(c -> names.add(c.nameKo()));
        names.sort((a, b) -> b.length() - a.length());
        return names;
    }

    private void fillCart() {
        Fx.run(() -> {
            kiosk.ui.item().open(kiosk.menu.item("americano").orElseThrow(), kiosk.ui.menu().tile("americano").soldOutProperty());
            kiosk.ui.item().addToCart();
            kiosk.ui.cart().diningProperty().set(DiningOption.DINE_IN);
        });
    }

    @Test
    void theLanguageSwitchChangesEveryVisibleString() throws Exception {
        fillCart();
        Map<String, List<String>> korean = new LinkedHashMap<>();
        ScreenTour.visit(kiosk.ui, kiosk.clock, view -> korean.put(view,
                visibleTexts(kiosk.scene()).stream().map(Text::getText).toList()));
        Fx.run(() -> kiosk.ui.frame().go(Screen.MENU));
        tap("#languageButton");
        assertEquals("en", Fx.get(() -> kiosk.ui.frame().i18n().locale().getLanguage()));
        Map<String, List<String>> english = new LinkedHashMap<>();
        ScreenTour.visit(kiosk.ui, kiosk.clock, view -> english.put(view,
                visibleTexts(kiosk.scene()).stream().map(Text::getText).toList()));
        for (String view : ScreenTour.VIEWS) {
            assertTrue(korean.get(view).stream().anyMatch(KioskInteractionIT::hangul), view + " has Korean");
            for (String text : english.get(view)) {
                // the one Korean word left is the switch back to Korean
                assertTrue(!hangul(text) || text.equals("한국어"), view + " still shows Korean text '" + text + "'");
            }
            for (String shownText : korean.get(view)) {
                String text = shownText;
                for (String menuName : menuKoreanNames()) {
                    text = text.replace(menuName, ""); // a menu may name things in Latin letters
                }
                text = text.replaceAll("\\d+ kcal", ""); // the unit, as Korean menus write it
                assertTrue(!text.matches(".*[A-Za-z]{4,}.*") || text.equals("English") || text.contains("QR"),
                        view + " shows English text '" + shownText + "' in Korean mode");
            }
        }
        tap("#languageButton");
        assertEquals("ko", Fx.get(() -> kiosk.ui.frame().i18n().locale().getLanguage()));
    }

    @Test
    void accessibleModeEnlargesEveryTextSwapsColoursAndSpeaks() {
        fillCart();
        Map<String, Double> normalMin = new LinkedHashMap<>();
        ScreenTour.visit(kiosk.ui, kiosk.clock, view -> normalMin.put(view,
                visibleTexts(kiosk.scene()).stream().mapToDouble(t -> t.getFont().getSize()).min().orElseThrow()));
        Fx.run(() -> kiosk.ui.frame().go(Screen.MENU));
        Object normalBackground = Fx.get(() -> ((javafx.scene.layout.Region) kiosk.scene().getRoot()).getBackground().getFills().get(0).getFill());
        tap("#accessibleButton");
        assertTrue(Fx.get(() -> kiosk.scene().getRoot().getPseudoClassStates().contains(FrameView.ACCESSIBLE)));
        assertNotEquals(normalBackground, Fx.get(() -> ((javafx.scene.layout.Region) kiosk.scene().getRoot()).getBackground().getFills().get(0).getFill()));
        assertTrue(kiosk.speech.said().stream().anyMatch(s -> s.contains(kiosk.ui.frame().i18n().text("guide.menu"))),
                "the screen's guidance is spoken: " + kiosk.speech.said());
        Map<String, Double> accessibleMin = new LinkedHashMap<>();
        ScreenTour.visit(kiosk.ui, kiosk.clock, view -> accessibleMin.put(view,
                visibleTexts(kiosk.scene()).stream().mapToDouble(t -> t.getFont().getSize()).min().orElseThrow()));
        for (String view : ScreenTour.VIEWS) {
            // issue 11: 200 %, not 173 %: the smallest text at least doubles, and is the normal body (22 px) doubled
            assertTrue(accessibleMin.get(view) >= 2.0 * normalMin.get(view) - 0.01, view + ": smallest text "
                    + accessibleMin.get(view) + " px in easy mode vs " + normalMin.get(view) + " px");
            assertEquals(44.0, accessibleMin.get(view), 0.01, view + ": easy mode's smallest text is 200 % of the 22 px body");
        }
        // a touched control is read out
        Fx.run(() -> kiosk.ui.frame().go(Screen.MENU));
        Fx.settle();
        kiosk.speech.clear();
        tap("#tile-espresso");
        String espresso = kiosk.menu.item("espresso").orElseThrow().nameKo();
        assertTrue(kiosk.speech.said().stream().anyMatch(s -> s.contains(espresso)), kiosk.speech.said().toString());
        tap("#accessibleButton");
        assertFalse(Fx.get(() -> kiosk.ui.frame().accessible()));
    }

    @Test
    void inactivityWarnsWithACountdownThenClearsTheCart() {
        tap(".attract-touch");
        tap("#tile-americano");
        tap("#addButton");
        tap("#languageButton");
        assertEquals(1, Fx.get(() -> kiosk.ui.cart().lines().size()));
        kiosk.clock.advance(Duration.ofSeconds(31));
        Fx.waitUntil("the warning", Duration.ofSeconds(3), () -> kiosk.ui.inactivity().warningProperty().get());
        Label count = (Label) node("#inactivityCount");
        int seconds = Integer.parseInt(Fx.get(count::getText));
        assertTrue(seconds >= 19 && seconds <= 20, "countdown " + seconds);
        assertTrue(Fx.get(() -> shown(count)));
        // a touch keeps the session
        tap("#stayButton");
        assertFalse(Fx.get(() -> kiosk.ui.inactivity().warningProperty().get()));
        assertEquals(1, Fx.get(() -> kiosk.ui.cart().lines().size()));
        // nobody answers: after the countdown the next customer gets a fresh start
        kiosk.clock.advance(Duration.ofSeconds(31));
        Fx.waitUntil("the warning", Duration.ofSeconds(3), () -> kiosk.ui.inactivity().warningProperty().get());
        kiosk.clock.advance(Duration.ofSeconds(20));
        Fx.waitUntil("the attract screen", Duration.ofSeconds(3), () -> kiosk.ui.frame().screen() == Screen.ATTRACT);
        assertTrue(Fx.get(() -> kiosk.ui.cart().lines().isEmpty()));
        assertEquals("ko", Fx.get(() -> kiosk.ui.frame().i18n().locale().getLanguage()));
        assertFalse(Fx.get(() -> kiosk.ui.inactivity().warningProperty().get()));
    }

    /**
     * Issue 9: a new customer landed in the previous customer's category (tapped where 아메리카노
     * should be and got 티라미수). Every start-over and time-out resets every screen's state.
     */
    @Test
    void everyStartOverAndTimeOutGreetsTheNextCustomerFresh() {
        for (String ending : List.of("home", "timeout", "status-home")) {
            leaveTracesOfACustomer(ending.equals("status-home"));
            if (ending.equals("timeout")) {
                kiosk.clock.advance(Duration.ofSeconds(100)); // easy mode waits 90 s before warning
                Fx.waitUntil("the warning", Duration.ofSeconds(3), () -> kiosk.ui.inactivity().warningProperty().get());
                kiosk.clock.advance(Duration.ofSeconds(25));
                Fx.waitUntil("the time-out", Duration.ofSeconds(3), () -> kiosk.ui.frame().screen() == Screen.ATTRACT);
            } else {
                tap("#homeButton");
            }
            assertEquals(Screen.ATTRACT, Fx.get(() -> kiosk.ui.frame().screen()), ending);
            assertEquals("ko", Fx.get(() -> kiosk.ui.frame().i18n().locale().getLanguage()), ending);
            assertFalse(Fx.get(() -> kiosk.ui.frame().accessible()), ending + ": easy mode off");
            assertTrue(Fx.get(() -> kiosk.ui.cart().lines().isEmpty()), ending);
            assertEquals(null, Fx.get(() -> kiosk.ui.cart().diningProperty().get()), ending);
            assertEquals("", Fx.get(() -> kiosk.ui.status().digitsProperty().get()), ending);
            assertEquals(com.brewline.kiosk.status.StatusViewModel.Step.NUMBER,
                    Fx.get(() -> kiosk.ui.status().stepProperty().get()), ending);
            assertEquals(null, Fx.get(() -> kiosk.ui.item().itemProperty().get()), ending + ": no item left open");
            // the next customer starts at the first category, where the first item is
            tap(".attract-touch");
            assertEquals(kiosk.menu.categories().get(0), Fx.get(() -> kiosk.ui.menu().categoryProperty().get()), ending);
            assertTrue(Fx.get(() -> ((javafx.scene.control.ToggleButton) node("#category-"
                    + kiosk.menu.categories().get(0).id())).isSelected()), ending + ": its chip shows chosen");
            tap("#tile-americano");
            assertEquals("americano", Fx.get(() -> kiosk.ui.item().itemProperty().get().id()), ending);
            tap("#homeButton");
        }
    }

    /** A customer who browsed desserts in English in easy mode, with a cart, and typed on the status pad. */
    private void leaveTracesOfACustomer(boolean endOnStatus) {
        tap(".attract-touch");
        tap("#languageButton");
        tap("#category-dessert");
        tap("#tile-tiramisu");
        tap("#addButton");
        tap("#accessibleButton");
        tap("#checkoutButton");
        tap("#dineIn");
        if (endOnStatus) {
            tap("#homeButton");
            tap("#statusButton");
            tap("#pad-4");
            tap("#pad-2");
            tap("#languageButton");
        }
    }

    /** Issue 9: a third syrup was silently ignored; the screen says why, beside the group. */
    @Test
    void aTapBeyondAGroupsMaximumSaysWhy() {
        tap(".attract-touch");
        tap("#tile-cafe-latte");
        tap("#option-syrup-vanilla");
        tap("#option-syrup-hazelnut");
        assertFalse(Fx.get(() -> node("#limit-syrup").isVisible()));
        tap("#option-syrup-caramel");
        Label limit = (Label) node("#limit-syrup");
        assertTrue(Fx.get(() -> shown(limit)), "the reason is shown");
        assertEquals(kiosk.ui.frame().i18n().text("item.limitReached", 2), Fx.get(limit::getText));
        assertTrue(Fx.get(limit::getText).contains("최대 2개"), Fx.get(limit::getText));
        Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/item-limit-ko-portrait.png"));
        assertFalse(Fx.get(() -> ((javafx.scene.control.ToggleButton) node("#option-syrup-caramel")).isSelected()),
                "the third syrup is not picked");
        // taking one off makes room, and the note goes away
        tap("#option-syrup-vanilla");
        assertFalse(Fx.get(() -> shown(limit)));
        tap("#option-syrup-caramel");
        assertTrue(Fx.get(() -> ((javafx.scene.control.ToggleButton) node("#option-syrup-caramel")).isSelected()));
    }

    @Test
    void accessibleModeWaitsLonger() {
        tap(".attract-touch");
        tap("#accessibleButton");
        kiosk.clock.advance(Duration.ofSeconds(45));
        Fx.settle();
        Fx.run(() -> kiosk.ui.inactivity().tick());
        assertFalse(Fx.get(() -> kiosk.ui.inactivity().warningProperty().get()), "accessible mode has 90 s");
        kiosk.clock.advance(Duration.ofSeconds(50));
        Fx.waitUntil("the warning", Duration.ofSeconds(3), () -> kiosk.ui.inactivity().warningProperty().get());
        tap("#stayButton");
    }

    @Test
    void badInputCannotBeSubmitted() {
        // an empty cart cannot be paid
        tap(".attract-touch");
        assertTrue(Fx.get(() -> node("#checkoutButton").isDisabled()));
        assertFalse(Fx.get(() -> kiosk.ui.menu().checkout()));
        Fx.run(() -> kiosk.ui.frame().go(Screen.CART));
        Fx.settle();
        assertTrue(Fx.get(() -> node("#payButton").isDisabled()));
        assertFalse(Fx.get(() -> kiosk.ui.cart().pay()));
        assertFalse(Fx.get(() -> kiosk.ui.pay().start()));
        // quantity stays within 1..20
        Fx.run(() -> kiosk.ui.frame().go(Screen.MENU));
        tap("#tile-americano");
        assertTrue(Fx.get(() -> node("#minusButton").isDisabled()), "no quantity below 1");
        for (int i = 0; i < 19; i++) {
            tap("#plusButton");
        }
        assertEquals(20, Fx.get(() -> kiosk.ui.item().quantityProperty().get()));
        assertTrue(Fx.get(() -> node("#plusButton").isDisabled()), "no quantity above 20");
        assertFalse(Fx.get(() -> kiosk.ui.item().increment()));
        for (int bad : new int[]{0, 21}) {
            Fx.run(() -> kiosk.ui.item().quantityProperty().set(bad));
            Fx.settle();
            assertTrue(Fx.get(() -> node("#addButton").isDisabled()), "quantity " + bad);
            assertEquals(kiosk.ui.frame().i18n().text("item.badQuantity"), Fx.get(() -> ((Label) node("#hint")).getText()));
            assertFalse(Fx.get(() -> kiosk.ui.item().addToCart()));
        }
        assertTrue(Fx.get(() -> kiosk.ui.cart().lines().isEmpty()));
        // without dine-in/takeout the cart cannot be paid either
        Fx.run(() -> kiosk.ui.item().quantityProperty().set(2));
        tap("#addButton");
        tap("#checkoutButton");
        assertTrue(Fx.get(() -> node("#payButton").isDisabled()));
        assertEquals(kiosk.ui.frame().i18n().text("cart.chooseDining"), Fx.get(() -> ((Label) node("#hint")).getText()));
        assertEquals(0, kiosk.sandbox().apiRequestCount(), "nothing was sent to the provider");
    }

    @Test
    void onlyTheHiddenGestureAndThePinLeaveKioskMode() {
        Node corner = node("#staffCorner");
        for (int i = 0; i < 4; i++) {
            Fx.tap(corner);
        }
        assertFalse(Fx.get(() -> kiosk.ui.staff().padShownProperty().get()), "four taps are not enough");
        kiosk.clock.advance(Duration.ofSeconds(4));
        Fx.tap(corner);
        assertFalse(Fx.get(() -> kiosk.ui.staff().padShownProperty().get()), "taps older than 3 s do not count");
        for (int i = 0; i < 4; i++) {
            Fx.tap(corner);
        }
        Fx.waitUntil("the PIN pad", Duration.ofSeconds(2), () -> kiosk.ui.staff().padShownProperty().get());
        for (char c : "1111".toCharArray()) {
            tap("#staffPadHost #pad-" + c);
        }
        assertEquals("●●●●", Fx.get(() -> ((Label) node("#pinDisplay")).getText()), "the PIN is never shown");
        tap("#pin-ok");
        Fx.waitUntil("wrong PIN", Duration.ofSeconds(5), () -> kiosk.ui.staff().wrongProperty().get());
        assertEquals(0, kiosk.staffExits.get());
        for (char c : KioskFixture.STAFF_PIN.toCharArray()) {
            tap("#staffPadHost #pad-" + c);
        }
        tap("#pin-ok");
        Fx.waitUntil("staff exit", Duration.ofSeconds(5), () -> kiosk.staffExits.get() == 1);
        assertFalse(Fx.get(() -> kiosk.ui.staff().padShownProperty().get()));
    }

    @Test
    void aClosedStoreTakesNoOrder() {
        kiosk.store().days().close("barista");
        try {
            Fx.run(() -> kiosk.ui.attract().refresh());
            Fx.waitUntil("closed shown", Duration.ofSeconds(5), () -> shown(kiosk.scene().getRoot().lookup("#closedBox")));
            assertFalse(Fx.get(() -> shown(node("#startButton"))));
            assertFalse(Fx.get(() -> kiosk.ui.attract().start()));
            assertEquals(Screen.ATTRACT, Fx.get(() -> kiosk.ui.frame().screen()));
        } finally {
            kiosk.store().days().open(java.time.LocalDate.now(), "barista");
            Fx.run(() -> kiosk.ui.attract().refresh());
        }
    }

    /**
     * Issue 9: only staff open, pause and close the day. A kiosk without an open day says it takes
     * no orders, and comes back by itself when a barista (another connection, as another process
     * would) opens the day: the change feed, not a poll and not a manual refresh.
     */
    @Test
    void theKioskFollowsTheDayTheStaffSetsWithoutBeingAsked() throws Exception {
        try (com.brewline.store.BrewlineStore barista = com.brewline.store.sqlite.SqliteStore.open(
                kiosk.dir.resolve("brewline.db"), java.time.Clock.systemUTC())) {
            barista.days().pause("barista");
            Fx.waitUntil("paused shown", Duration.ofSeconds(5), () -> shown(kiosk.scene().getRoot().lookup("#closedBox")));
            assertEquals(kiosk.ui.frame().i18n().text("attract.paused"), Fx.get(() -> ((Label) node("#closedTitle")).getText()));
            assertFalse(Fx.get(() -> shown(node("#startButton"))));
            Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/attract-paused-ko-portrait.png"));

            barista.days().close("barista");
            Fx.waitUntil("closed shown", Duration.ofSeconds(5), () -> kiosk.ui.attract().dayStateProperty().get()
                    == com.brewline.model.BusinessDay.State.CLOSED);
            assertEquals(kiosk.ui.frame().i18n().text("attract.closed"), Fx.get(() -> ((Label) node("#closedTitle")).getText()));
            assertFalse(Fx.get(() -> kiosk.ui.attract().start()));
            assertTrue(Fx.get(() -> shown(node("#statusButton"))), "looking an order up still works");
            Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/attract-closed-ko-portrait.png"));
            kiosk.show(ScreenTour.ALL.get(3));
            Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/attract-closed-en-landscape.png"));
            kiosk.show(ScreenTour.ALL.get(0));

            barista.days().open(java.time.LocalDate.now(), "barista");
            Fx.waitUntil("open again by itself", Duration.ofSeconds(5), () -> shown(kiosk.scene().getRoot().lookup("#startButton")));
            assertFalse(Fx.get(() -> shown(node("#closedBox"))));
            tap(".attract-touch");
            assertEquals(Screen.MENU, Fx.get(() -> kiosk.ui.frame().screen()));
        }
    }

    /** Issue 11: every item shows its own picture; the item page says what is in the cup. */
    @Test
    void tilesShowPicturesAndTheItemPageSaysWhatIsInTheCup() {
        tap(".attract-touch");
        javafx.scene.image.ImageView tilePicture = Fx.get(() -> (javafx.scene.image.ImageView) node("#tile-americano").lookup("#menu-picture"));
        assertEquals(kiosk.menu.item("americano").orElseThrow().image(), Fx.get(tilePicture::getUserData));
        tap("#tile-cafe-mocha");
        Fx.waitUntil("the large picture", Duration.ofSeconds(5), () -> {
            var view = (javafx.scene.image.ImageView) kiosk.scene().getRoot().lookup("#menu-picture");
            return view != null && view.getImage() != null && view.getImage().getProgress() >= 1;
        });
        assertEquals("초콜릿과 에스프레소, 휘핑크림", Fx.get(() -> ((Label) node("#description")).getText()));
        assertEquals("330 kcal · 카페인 150mg", Fx.get(() -> ((Label) node("#facts")).getText()));
        assertEquals("알레르기 유발 성분: 우유, 대두", Fx.get(() -> ((Label) node("#allergens")).getText()));
        Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/item-facts-ko-portrait.png"));
        tap("#languageButton");
        assertEquals("Allergens: milk, soybean", Fx.get(() -> ((Label) node("#allergens")).getText()));
        assertEquals("330 kcal · Caffeine 150 mg", Fx.get(() -> ((Label) node("#facts")).getText()));
        kiosk.show(ScreenTour.ALL.get(3));
        Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/item-facts-en-landscape.png"));
        kiosk.show(ScreenTour.ALL.get(0));
    }

    /** Issue 11: in easy mode the customer sets how loud and how fast the guidance speaks; the next customer gets normal. */
    @Test
    void theCustomerSetsTheVoicesVolumeAndSpeedInEasyMode() {
        assertFalse(Fx.get(() -> node("#voiceButton") != null && shown(node("#voiceButton"))), "not in normal mode");
        tap("#accessibleButton");
        tap("#voiceButton"); // unfolds the big -/+ buttons
        tap("#louderButton");
        assertEquals(100, kiosk.speech.voice().volumePercent());
        assertTrue(kiosk.speech.said().contains(kiosk.ui.frame().i18n().text("voice.sample")), "a sample at the new volume");
        assertTrue(Fx.get(() -> node("#louderButton").isDisabled()), "no louder than the loudest");
        tap("#softerButton");
        tap("#softerButton");
        assertEquals(60, kiosk.speech.voice().volumePercent());
        tap("#slowerButton");
        tap("#slowerButton");
        assertEquals(-2, kiosk.speech.voice().speedStep());
        assertTrue(Fx.get(() -> node("#slowerButton").isDisabled()), "no slower than the slowest");
        assertEquals(kiosk.ui.frame().i18n().text("voice.speed.-2"),
                Fx.get(() -> ((Label) node("#speedValue")).getText()));
        assertEquals(kiosk.ui.frame().i18n().text("voice.volume", 60),
                Fx.get(() -> ((Label) node("#volumeValue")).getText()));
        Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/attract-voice-ko-accessible.png"));
        Fx.run(() -> kiosk.ui.frame().endSession());
        assertEquals(com.brewline.display.Voice.NORMAL, kiosk.speech.voice());
    }
}
