package com.brewline.kiosk;

import com.brewline.kiosk.pay.PayState;
import com.brewline.kiosk.frame.Screen;
import com.brewline.kiosk.status.StatusViewModel;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.model.ChosenOption;
import com.brewline.model.DiningOption;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole orders through the real store and the sandbox provider on loopback, driven by touches. */
class KioskOrderFlowIT {
    private KioskFixture kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void tap(String query) {
        kiosk.tap(query);
    }

    private Screen screen() {
        return Fx.get(() -> kiosk.ui.frame().screen());
    }

    private void orderTwoDrinks() {
        tap(".attract-touch");
        assertEquals(Screen.MENU, screen());
        tap("#tile-americano");
        assertEquals(Screen.ITEM, screen());
        tap("#option-temperature-iced");
        tap("#option-size-large");
        tap("#option-extra-shot-shot-1");
        tap("#plusButton");
        assertEquals(11_000, Fx.get(() -> kiosk.ui.item().totalProperty().get()));
        tap("#addButton");
        assertEquals(Screen.MENU, screen());
        tap("#tile-cafe-latte");
        tap("#option-milk-oat");
        tap("#option-syrup-vanilla");
        tap("#addButton");
        tap("#checkoutButton");
        assertEquals(Screen.CART, screen());
        tap("#line-1-plus");
        assertEquals(23_000, Fx.get(() -> kiosk.ui.cart().totalProperty().get()));
        tap("#takeout");
    }

    @Test
    void aFullOrderReachesTheQueueWithItsLinesAndTotal() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual().approveAfter(Duration.ofMillis(600)));
        orderTwoDrinks();
        tap("#payButton");
        Fx.waitUntil("the done screen", Duration.ofSeconds(20), () -> kiosk.ui.frame().screen() == Screen.DONE);
        int number = Fx.get(() -> kiosk.ui.done().pickupNumberProperty().get());
        assertTrue(number > 0);
        Label shown = Fx.get(() -> (Label) kiosk.scene().getRoot().lookup("#number"));
        assertEquals(Integer.toString(number), Fx.get(shown::getText));
        Fx.waitUntil("the estimated wait", Duration.ofSeconds(5), () -> kiosk.ui.done().waitMinutesProperty().get() > 0);

        List<Order> queue = kiosk.store().orders().openTickets();
        assertEquals(1, queue.size());
        Order order = queue.get(0);
        assertEquals(OrderStatus.PAID, order.status());
        assertEquals(number, order.pickupNumber());
        assertEquals(23_000, order.total());
        assertEquals(DiningOption.TAKEOUT, order.dining());
        OrderLine americano = order.lines().get(0);
        assertEquals("americano", americano.itemId());
        assertEquals(2, americano.quantity());
        assertEquals(5_500, americano.unitPrice());
        assertEquals(List.of("iced", "large", "shot-1"), americano.options().stream().map(ChosenOption::optionId).toList());
        OrderLine latte = order.lines().get(1);
        assertEquals("cafe-latte", latte.itemId());
        assertEquals(2, latte.quantity());
        assertEquals(List.of("hot", "regular", "oat", "vanilla"), latte.options().stream().map(ChosenOption::optionId).toList());
        assertTrue(Fx.get(() -> kiosk.ui.cart().lines().isEmpty()), "the cart is cleared once paid");

        // a touch on the done screen greets the next customer
        tap("#finishButton");
        assertEquals(Screen.ATTRACT, screen());
    }

    /**
     * Issue 9: with two or more lines, + and - changed the total while the rows kept their old
     * quantity and price. Every row shown must match the model and, after paying, the stored order.
     */
    @Test
    void everyCartRowShowsWhatIsPaidAfterEachChange() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual().approveAfter(Duration.ofMillis(300)));
        tap(".attract-touch");
        for (String item : List.of("espresso", "americano", "cafe-latte")) {
            tap("#tile-" + item);
            tap("#addButton");
        }
        tap("#checkoutButton");
        // a collection between screens is what a real shift has; nothing shown may depend on luck
        System.gc();
        Fx.settle();
        assertRowsMatchCart();
        tap("#line-0-plus");
        assertRowsMatchCart();
        tap("#line-1-plus");
        tap("#line-1-plus");
        assertRowsMatchCart();
        tap("#line-2-plus");
        tap("#line-2-minus");
        tap("#line-2-plus");
        assertRowsMatchCart();
        tap("#line-0-minus");
        assertRowsMatchCart();
        List<List<String>> shownBeforePaying = shownRows();
        assertEquals(List.of("1", "3", "2"), shownBeforePaying.stream().map(r -> r.get(1)).toList());
        tap("#dineIn");
        tap("#payButton");
        Fx.waitUntil("the done screen", Duration.ofSeconds(20), () -> kiosk.ui.frame().screen() == Screen.DONE);
        Order stored = kiosk.store().orders().openTickets().get(0);
        assertEquals(shownBeforePaying, stored.lines().stream().map(l -> List.of(l.nameKo(),
                Integer.toString(l.quantity()), kiosk.ui.frame().i18n().price(l.lineTotal()))).toList(),
                "every row shown before paying is a line of the stored order");
    }

    /** The rows on screen: name, quantity and line price, top to bottom. */
    private List<List<String>> shownRows() {
        return Fx.get(() -> {
            List<List<String>> rows = new java.util.ArrayList<>();
            for (int i = 0; kiosk.scene().getRoot().lookup("#line-" + i) != null; i++) {
                Node row = kiosk.scene().getRoot().lookup("#line-" + i);
                rows.add(List.of(((Label) row.lookup(".line-name")).getText(),
                        ((Label) row.lookup("#line-" + i + "-qty")).getText(), ((Label) row.lookup(".price")).getText()));
            }
            return rows;
        });
    }

    private void assertRowsMatchCart() {
        List<List<String>> expected = Fx.get(() -> kiosk.ui.cart().lines().stream().map(l -> List.of(l.nameKo(),
                Integer.toString(l.quantity()), kiosk.ui.frame().i18n().price(l.lineTotal()))).toList());
        assertEquals(expected, shownRows(), "every row bound to the cart");
        long shownTotal = Fx.get(() -> kiosk.ui.cart().totalProperty().get());
        assertEquals(expected.size(), shownRows().size());
        assertEquals(Fx.get(() -> kiosk.ui.frame().i18n().price(shownTotal)),
                Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#total")).getText()));
    }

    /**
     * Issue 11: the cart and pay screens say the wait and the queue ahead before the customer pays,
     * from the open orders' preparation times.
     */
    @Test
    void theWaitAndTheQueueAheadShowBeforePaying() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual());
        orderTwoDrinks();
        List<OrderLine> first = Fx.get(() -> List.copyOf(kiosk.ui.cart().lines()));
        String forTheCart = kiosk.ui.frame().i18n().text("wait.estimate",
                com.brewline.model.WaitEstimate.forNewOrder(List.of(), first, 1, java.time.Instant.now()).minutes(), 0);
        // the estimate is counted off the FX thread after each change of the cart: the last change's shows soon after
        Fx.waitUntil("the wait for the whole cart", Duration.ofSeconds(5),
                () -> forTheCart.equals(((Label) kiosk.scene().getRoot().lookup("#waitEstimate")).getText()));
        String emptyQueue = Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#waitEstimate")).getText());
        assertEquals(forTheCart, emptyQueue);
        assertTrue(emptyQueue.contains("기다리는 주문 없음"), emptyQueue);
        tap("#payButton");
        approveTheOpenPayment();
        Fx.waitUntil("the done screen", Duration.ofSeconds(20), () -> kiosk.ui.frame().screen() == Screen.DONE);
        tap("#finishButton");

        // the next customer sees the first order ahead, before paying
        tap(".attract-touch");
        tap("#tile-espresso");
        tap("#addButton");
        tap("#checkoutButton");
        List<OrderLine> own = Fx.get(() -> List.copyOf(kiosk.ui.cart().lines()));
        com.brewline.model.WaitEstimate expected = com.brewline.model.WaitEstimate.forNewOrder(
                kiosk.store().orders().openTickets(), own, 1, java.time.Instant.now());
        assertEquals(1, expected.ordersAhead());
        String shown = kiosk.ui.frame().i18n().text("wait.estimate", expected.minutes(), 1);
        Fx.waitUntil("the wait with one order ahead", Duration.ofSeconds(5),
                () -> shown.equals(((Label) kiosk.scene().getRoot().lookup("#waitEstimate")).getText()));
        assertTrue(shown.contains("앞에 주문 1건"), shown);
        Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/cart-wait-ko-portrait.png"));
        tap("#dineIn");
        tap("#payButton");
        Fx.waitUntil("the QR code", Duration.ofSeconds(10), () -> kiosk.ui.pay().state() == PayState.WAITING);
        assertEquals(shown, Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#waitEstimate")).getText()),
                "the pay screen says it too, before the customer pays");
        Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/pay-wait-ko-portrait.png"));
    }

    private void approveTheOpenPayment() {
        Fx.waitUntil("waiting for the customer", Duration.ofSeconds(10), () -> kiosk.ui.pay().state() == PayState.WAITING);
        String orderId = kiosk.store().orders().pendingCreatedBefore(java.time.Instant.now().plusSeconds(5)).get(0).paymentOrderId();
        String paymentKey = kiosk.store().payments().payment(
                kiosk.store().orders().findByPaymentOrderId(orderId).orElseThrow().id()).orElseThrow().paymentKey();
        assertTrue(kiosk.sandbox().approve(paymentKey));
    }

    @Test
    void aDeclinedPaymentLeavesNoOrderOnTheQueue() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual().approveAfter(Duration.ofMillis(300)).declineRate(1.0));
        orderTwoDrinks();
        tap("#payButton");
        Fx.waitUntil("declined", Duration.ofSeconds(20), () -> kiosk.ui.pay().state() == PayState.DECLINED);
        String detail = Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#detail")).getText());
        String code = Fx.get(() -> kiosk.ui.pay().trouble().declineCodeProperty().get());
        assertTrue(code.equals("PAY_PROCESS_CANCELED") || code.equals("REJECT_CARD_COMPANY"), code);
        assertEquals(kiosk.ui.frame().i18n().text("decline." + code), detail, "the reason in plain words");
        assertTrue(kiosk.store().orders().openTickets().isEmpty(), "nothing reaches the barista");
        assertTrue(kiosk.store().orders().openOrders().isEmpty());
        assertFalse(Fx.get(() -> kiosk.ui.cart().lines().isEmpty()), "the cart is kept to try again");
    }

    @Test
    void anOpenCircuitShowsBusyAndSendsNothing() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual().outage(true),
                BreakerSettings.defaults().withWindow(2, 2).withOpenFor(Duration.ofMinutes(5)));
        orderTwoDrinks();
        tap("#payButton");
        for (int i = 0; i < 5 && !kiosk.runtime.context().checkout().isBusy(); i++) {
            Fx.waitUntil("the payment attempt to end", Duration.ofSeconds(30), () -> !kiosk.ui.pay().state().inProgress());
            assertEquals(PayState.BUSY, Fx.get(() -> kiosk.ui.pay().state()));
            if (!kiosk.runtime.context().checkout().isBusy()) {
                tap("#retryButton");
            }
        }
        assertTrue(kiosk.runtime.context().checkout().isBusy(), "the outage opened the circuit");
        long requests = kiosk.sandbox().apiRequestCount();
        tap("#retryButton");
        assertEquals(PayState.BUSY, Fx.get(() -> kiosk.ui.pay().state()));
        assertEquals(kiosk.ui.frame().i18n().text("pay.state.BUSY"),
                Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#headline")).getText()));
        Thread.sleep(300);
        assertEquals(requests, kiosk.sandbox().apiRequestCount(), "nothing sent while the circuit is open");
        assertTrue(kiosk.store().orders().openTickets().isEmpty());
    }

    @Test
    void aSoldOutItemCannotBeOrdered() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual().approveAfter(Duration.ofMillis(300)));
        tap(".attract-touch");
        tap("#tile-americano");
        tap("#addButton");
        // the barista marks it sold out: another connection to the same database, from another thread
        Thread barista = new Thread(() -> {
            try (BrewlineStore other = SqliteStore.open(kiosk.dir.resolve("brewline.db"), Clock.systemUTC())) {
                other.availability().setSoldOut("americano", true, "barista");
            }
        });
        barista.start();
        barista.join();
        Fx.waitUntil("the tile to show sold out", Duration.ofSeconds(3),
                () -> kiosk.scene().getRoot().lookup("#tile-americano").isDisabled());
        Button tile = Fx.get(() -> (Button) kiosk.scene().getRoot().lookup("#tile-americano"));
        Fx.tap(tile);
        assertEquals(Screen.MENU, screen(), "a sold-out tile does not open");
        assertFalse(Fx.get(() -> kiosk.ui.menu().choose(kiosk.ui.menu().tile("americano"))));

        // the americano already in the cart is stopped before paying
        tap("#checkoutButton");
        tap("#dineIn");
        long before = kiosk.sandbox().apiRequestCount();
        tap("#payButton");
        Fx.waitUntil("sold out at pay", Duration.ofSeconds(10), () -> kiosk.ui.pay().state() == PayState.SOLD_OUT);
        assertEquals(before, kiosk.sandbox().apiRequestCount());
        assertTrue(kiosk.store().orders().openOrders().isEmpty());
    }

    /**
     * Issue 9: the pickup number alone cancelled and refunded in one tap. Now it takes the cancel
     * code shown on the done screen and a confirmation; wrong codes slow down.
     */
    @Test
    void cancellingTakesTheCancelCodeAndAConfirmationAndRefunds() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual().approveAfter(Duration.ofMillis(300)));
        orderTwoDrinks();
        tap("#payButton");
        Fx.waitUntil("the done screen", Duration.ofSeconds(20), () -> kiosk.ui.frame().screen() == Screen.DONE);
        Order paid = kiosk.store().orders().openTickets().get(0);
        String code = com.brewline.model.CancelCode.of(paid.paymentOrderId());
        assertTrue(Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#cancelCode")).getText()).contains(code),
                "the done screen shows the cancel code");
        tap("#finishButton");
        tap("#statusButton");
        assertEquals(Screen.STATUS, screen());
        typeOnPad(Integer.toString(paid.pickupNumber()));
        tap("#status-lookup");
        Fx.waitUntil("the status", Duration.ofSeconds(5),
                () -> kiosk.ui.status().outcomeProperty().get() == StatusViewModel.Outcome.FOUND);
        assertEquals(kiosk.ui.frame().i18n().text("orderStatus.PAID"),
                Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#statusText")).getText()));
        assertFalse(Fx.get(() -> kiosk.scene().getRoot().lookup("#confirmCancelButton").isVisible()),
                "no cancel without the code");
        tap("#cancelOrderButton");
        String wrong = String.format("%04d", (Integer.parseInt(code) + 1) % 10_000);
        for (int i = 0; i < 3; i++) {
            typeOnPad(wrong);
            tap("#status-lookup");
            Fx.waitUntil("the wrong code said", Duration.ofSeconds(5), () -> !kiosk.ui.status().workingProperty().get()
                    && kiosk.ui.status().outcomeProperty().get() != StatusViewModel.Outcome.FOUND);
        }
        assertEquals(StatusViewModel.Outcome.WAIT, Fx.get(() -> kiosk.ui.status().outcomeProperty().get()),
                "the third wrong code in a row makes the next one wait");
        Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/status-code-wait-ko-portrait.png"));
        typeOnPad(code);
        assertTrue(Fx.get(() -> kiosk.scene().getRoot().lookup("#status-lookup").isDisabled()),
                "no try while waiting, not even the right code");
        assertFalse(Fx.get(() -> kiosk.ui.status().checkCode()));
        assertEquals(OrderStatus.PAID, kiosk.store().orders().find(paid.id()).orElseThrow().status());
        // a start-over does not reset the wait
        Fx.run(() -> kiosk.ui.frame().endSession());
        Fx.run(() -> kiosk.ui.status().clear());
        assertTrue(Fx.get(() -> kiosk.ui.status().waitSecondsProperty().get()) > 0);

        kiosk.clock.advance(Duration.ofSeconds(31));
        Fx.run(() -> kiosk.ui.status().tick());
        assertEquals(0, Fx.get(() -> kiosk.ui.status().waitSecondsProperty().get()));
        tap("#statusButton");
        typeOnPad(Integer.toString(paid.pickupNumber()));
        tap("#status-lookup");
        Fx.waitUntil("the status", Duration.ofSeconds(5),
                () -> kiosk.ui.status().outcomeProperty().get() == StatusViewModel.Outcome.FOUND);
        tap("#cancelOrderButton");
        typeOnPad(code);
        tap("#status-lookup");
        Fx.waitUntil("the confirmation", Duration.ofSeconds(5),
                () -> kiosk.ui.status().stepProperty().get() == StatusViewModel.Step.CONFIRM);
        String question = Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#statusDetail")).getText());
        Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/status-confirm-ko-portrait.png"));
        assertTrue(question.contains(kiosk.ui.frame().i18n().price(paid.total())), question);
        assertEquals(OrderStatus.PAID, kiosk.store().orders().find(paid.id()).orElseThrow().status(),
                "nothing cancelled before the confirmation");
        tap("#confirmCancelButton");
        Fx.waitUntil("cancelled", Duration.ofSeconds(15),
                () -> kiosk.ui.status().outcomeProperty().get() == StatusViewModel.Outcome.CANCELLED);
        assertEquals(OrderStatus.CANCELLED, kiosk.store().orders().find(paid.id()).orElseThrow().status());
        Fx.waitOffFx("the refund done", Duration.ofSeconds(15), () -> kiosk.store().payments().refundsDue().isEmpty());
        assertEquals("CANCELED", kiosk.sandbox().payment(paid.paymentOrderId()).orElseThrow().status());
        assertTrue(kiosk.store().orders().openTickets().isEmpty());
    }

    private void typeOnPad(String digits) {
        for (char c : digits.toCharArray()) {
            tap("#pad-" + c);
        }
    }

    @Test
    void theCustomerCanCancelWhileTheQrCodeIsShown() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual());
        orderTwoDrinks();
        tap("#payButton");
        Fx.waitUntil("the QR code", Duration.ofSeconds(10), () -> kiosk.ui.pay().state() == PayState.WAITING);
        assertTrue(Fx.get(() -> ((javafx.scene.image.ImageView) kiosk.scene().getRoot().lookup("#qr")).getImage() != null));
        String orderId = kiosk.store().orders().pendingCreatedBefore(java.time.Instant.now().plusSeconds(5)).get(0).paymentOrderId();
        tap("#cancelButton");
        Fx.waitUntil("back at the cart", Duration.ofSeconds(15), () -> kiosk.ui.frame().screen() == Screen.CART);
        Fx.waitOffFx("the session aborted", Duration.ofSeconds(10),
                () -> "ABORTED".equals(kiosk.sandbox().payment(orderId).orElseThrow().status()));
        assertEquals(OrderStatus.PAYMENT_FAILED, kiosk.store().orders().findByPaymentOrderId(orderId).orElseThrow().status());
        assertTrue(kiosk.store().orders().openTickets().isEmpty());
        assertEquals(2, Fx.get(() -> kiosk.ui.cart().lines().size()), "the cart is kept");
    }

    @Test
    void anExpiredSessionSaysSoAndLeavesNoOrder() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual().sessionExpiry(Duration.ofSeconds(2)));
        orderTwoDrinks();
        tap("#payButton");
        Fx.waitUntil("expired", Duration.ofSeconds(30), () -> kiosk.ui.pay().state() == PayState.EXPIRED);
        assertEquals(kiosk.ui.frame().i18n().text("pay.state.EXPIRED"),
                Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#headline")).getText()));
        assertTrue(Fx.get(() -> kiosk.scene().getRoot().lookup("#retryButton").isVisible()));
        assertTrue(kiosk.store().orders().openTickets().isEmpty());
    }
}
