package com.brewline.kiosk.pay;

import com.brewline.kiosk.cart.WaitText;
import com.brewline.kiosk.common.ViewContext;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;


/** QR code, amount and countdown while waiting; a plain-words result otherwise. */
public final class PayView {
    private final PayViewModel vm;
    private final ViewContext ctx;

    @FXML private VBox root;
    @FXML private VBox card;
    @FXML private Label amount;
    @FXML private Label waitEstimate;
    @FXML private StackPane qrFrame;
    @FXML private ImageView qr;
    @FXML private FontIcon stateIcon;
    @FXML private HBox progressRow;
    @FXML private ProgressIndicator progress;
    @FXML private Label countdown;
    @FXML private Label headline;
    @FXML private Label detail;
    @FXML private Button cancelButton;
    @FXML private Button retryButton;

    public PayView(PayViewModel vm, ViewContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        amount.textProperty().bind(Bindings.createStringBinding(() -> ctx.price(vm.amountProperty().get()),
                vm.amountProperty()));
        countdown.textProperty().bind(Bindings.createStringBinding(() -> {
            int s = vm.secondsLeftProperty().get();
            return ctx.text("pay.countdown", s / 60, String.format("%02d", s % 60));
        }, vm.secondsLeftProperty()));
        waitEstimate.textProperty().bind(Bindings.createStringBinding(() -> WaitText.of(ctx,
                vm.waitEstimateProperty().get(), vm.waitUnknownProperty().get()), vm.waitEstimateProperty(),
                vm.waitUnknownProperty()));
        vm.checkoutUrlProperty().addListener((o, was, url) -> showQr(url));
        showQr(vm.checkoutUrlProperty().get());
        vm.stateProperty().addListener((o, was, now) -> showState(now));
        showState(vm.state());
        if (ctx.lowered()) { // easy portrait: the card (nothing to touch) up in the header, the QR at eye height
            javafx.scene.layout.Region push = new javafx.scene.layout.Region();
            VBox.setVgrow(push, javafx.scene.layout.Priority.ALWAYS); // the cancel button stays at the bottom left
            root.getChildren().set(root.getChildren().indexOf(card), push);
            ctx.header().set(card);
        }
    }

    private void showQr(String url) {
        int size = ctx.lowered() ? 340 : ctx.accessible() ? 280 : ctx.landscape() ? 380 : 520;
        qr.setImage(url == null ? null : QrCodes.render(url, size));
        qr.setFitWidth(size);
        qr.setFitHeight(size);
    }

    private void showState(PayState state) {
        boolean waiting = state == PayState.WAITING;
        show(qrFrame, waiting);
        show(stateIcon, !waiting && !state.inProgress());
        show(progressRow, state.inProgress());
        show(countdown, waiting);
        show(retryButton, state.retryable());
        cancelButton.setText(ctx.text(state.inProgress() ? "pay.cancel" : "pay.backToCart"));
        cancelButton.setDisable(state == PayState.CANCELLING);
        stateIcon.setIconLiteral(switch (state) {
            case APPROVED -> "mdal-check_circle";
            case BUSY, FULL -> "mdal-hourglass_top";
            case EXPIRED -> "mdmz-timer_off";
            case CLOSED -> "mdmz-store";
            case SOLD_OUT -> "mdmz-remove_shopping_cart";
            case NO_STATION -> "mdmz-notifications_active";
            default -> "mdal-error_outline";
        });
        headline.setText(ctx.text("pay.state." + state.name()));
        detail.setText(detailText(state));
        // in accessible mode the header's spoken guidance explains waiting; keep the lower part uncluttered
        show(detail, !detail.getText().isEmpty() && !(ctx.accessible() && state == PayState.WAITING));
    }

    private String detailText(PayState state) {
        switch (state) {
            case DECLINED:
                return ctx.text(DeclineReasons.key(vm.trouble().declineCodeProperty().get()));
            case SOLD_OUT:
                return ctx.text("pay.detail.SOLD_OUT", vm.trouble().soldOutLinesProperty().get().stream()
                        .map(line -> line.name(ctx.korean())).distinct().collect(java.util.stream.Collectors.joining(", ")));
            default: {
                String key = "pay.detail." + state.name();
                return ctx.i18n().bundle().containsKey(key) ? ctx.text(key) : "";
            }
        }
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @FXML
    private void retry() {
        vm.retry();
    }
}
