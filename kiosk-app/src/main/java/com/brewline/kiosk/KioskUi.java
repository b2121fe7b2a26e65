package com.brewline.kiosk;

import com.brewline.kiosk.attract.AttractView;
import com.brewline.kiosk.attract.AttractViewModel;
import com.brewline.kiosk.cart.CartView;
import com.brewline.kiosk.cart.CartViewModel;
import com.brewline.kiosk.done.DoneView;
import com.brewline.kiosk.done.DoneViewModel;
import com.brewline.kiosk.item.ItemView;
import com.brewline.kiosk.item.ItemViewModel;
import com.brewline.kiosk.menu.MenuView;
import com.brewline.kiosk.menu.MenuViewModel;
import com.brewline.kiosk.pay.PayView;
import com.brewline.kiosk.pay.PayViewModel;
import com.brewline.kiosk.shell.Background;
import com.brewline.kiosk.shell.I18n;
import com.brewline.kiosk.shell.InactivityViewModel;
import com.brewline.kiosk.shell.Screen;
import com.brewline.kiosk.shell.ShellView;
import com.brewline.kiosk.shell.ShellViewModel;
import com.brewline.kiosk.shell.StaffExitViewModel;
import com.brewline.kiosk.shell.ViewContext;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The composition root of the kiosk's UI: makes every ViewModel, wires the navigation between
 * screens, and loads each screen's FXML with its View for the current language and mode.
 * Must be created on the FX thread.
 */
public final class KioskUi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskUi.class);
    public static final String STYLESHEET = "/com/brewline/kiosk/kiosk.css";

    private final KioskContext context;
    private final ExecutorService worker;
    private final ShellViewModel shell;
    private final CartViewModel cart;
    private final AttractViewModel attract;
    private final MenuViewModel menu;
    private final ItemViewModel item;
    private final PayViewModel pay;
    private final DoneViewModel done;
    private final com.brewline.kiosk.status.StatusViewModel status;
    private final InactivityViewModel inactivity;
    private final StaffExitViewModel staff;
    private final ShellView shellView;
    private final Parent root;

    public KioskUi(KioskContext context, Runnable onStaffExit) {
        loadFonts();
        this.context = context;
        AtomicInteger n = new AtomicInteger();
        this.worker = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "kiosk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Background background = new Background(worker, javafx.application.Platform::runLater);
        var settings = context.settings();
        shell = new ShellViewModel(settings);
        cart = new CartViewModel();
        attract = new AttractViewModel(context.store(), background, settings);
        menu = new MenuViewModel(context.menu(), context.store(), background, cart);
        item = new ItemViewModel(context.menu(), cart);
        pay = new PayViewModel(context.checkout(), context.store(), cart, background, context.clock(), settings.kioskId());
        done = new DoneViewModel(context.store(), background, context.clock(), settings.doneScreenFor(), settings.baristas());
        status = new com.brewline.kiosk.status.StatusViewModel(context.store(), context.refunds(), background,
                settings.kioskId());
        inactivity = new InactivityViewModel(context.clock(), shell);
        staff = new StaffExitViewModel(context.clock(), settings.staffPinHash(), background, onStaffExit);

        attract.setOnStart(() -> shell.go(Screen.MENU));
        attract.setOnStatus(() -> {
            status.clear();
            shell.go(Screen.STATUS);
        });
        menu.setOnItemChosen(chosen -> {
            item.open(chosen, menu.tile(chosen.id()).soldOutProperty());
            shell.go(Screen.ITEM);
        });
        menu.setOnCheckout(() -> shell.go(Screen.CART));
        item.setOnAdded(() -> shell.go(Screen.MENU));
        item.setOnBack(() -> shell.go(Screen.MENU));
        cart.setOnMoreItems(() -> shell.go(Screen.MENU));
        cart.setOnPay(() -> {
            shell.go(Screen.PAY);
            pay.start();
        });
        pay.setOnBackToCart(() -> shell.go(Screen.CART));
        pay.setOnPaid(order -> {
            context.afterPayment().paid(order, shell.i18n().korean()); // the slip, in its own thread
            done.show(order);
            shell.go(Screen.DONE);
        });
        done.setOnFinished(shell::endSession);
        shell.onSessionEnd(() -> {
            pay.reset();
            cart.clear();
            status.clear();
            done.clear();
            context.phoneEntry().clear();
            staff.dismiss();
        });

        FXMLLoader loader = loader("shell/shell.fxml", shell.i18n());
        shellView = new ShellView(shell, inactivity, staff, this::buildScreen, context.speech(),
                List.of(pay::tick, () -> {
            if (shell.screen() == Screen.DONE) {
                done.tick();
            }
        }));
        loader.setControllerFactory(type -> shellView);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the kiosk's frame", e);
        }
        root.getStylesheets().add(KioskUi.class.getResource(STYLESHEET).toExternalForm());
    }

    /** Loads the bundled Pretendard faces once, so Korean renders on any machine. */
    public static void loadFonts() {
        for (String face : List.of("Pretendard-Regular.ttf", "Pretendard-Bold.ttf")) {
            try (InputStream in = KioskUi.class.getResourceAsStream("/com/brewline/fonts/" + face)) {
                if (in == null || Font.loadFont(in, 22) == null) {
                    LOG.warn("could not load the bundled font {}: Korean may not render", face);
                }
            } catch (IOException e) {
                LOG.warn("could not load the bundled font {}", face, e);
            }
        }
    }

    private Parent buildScreen(ViewContext ctx) {
        Screen screen = shell.screen();
        Supplier<Object> view = switch (screen) {
            case ATTRACT -> () -> new AttractView(attract, ctx);
            case MENU -> () -> new MenuView(menu, ctx);
            case ITEM -> () -> new ItemView(item, ctx);
            case CART -> () -> new CartView(cart, ctx);
            case PAY -> () -> new PayView(pay, ctx);
            case DONE -> () -> new DoneView(done, ctx);
            case STATUS -> () -> new com.brewline.kiosk.status.StatusView(status, ctx);
        };
        FXMLLoader loader = loader(screen.id() + "/" + screen.id() + ".fxml", ctx.i18n());
        loader.setControllerFactory(type -> view.get());
        try {
            Parent loaded = loader.load();
            if (screen == Screen.CART && context.phoneEntry().offeredProperty().get()) {
                // issue 14: the optional phone number for messages, above the cart's action bar
                javafx.scene.layout.VBox summary = (javafx.scene.layout.VBox) loaded.lookup("#summary");
                summary.getChildren().add(summary.getChildren().size() - 1,
                        com.brewline.kiosk.phone.PhoneEntryView.load(context.phoneEntry(), ctx));
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the " + screen.id() + " screen", e);
        }
    }

    private static FXMLLoader loader(String path, I18n i18n) {
        URL url = KioskUi.class.getResource("/com/brewline/kiosk/" + path);
        if (url == null) {
            throw new IllegalStateException("missing FXML " + path);
        }
        return new FXMLLoader(url, i18n.bundle());
    }

    public Parent root() {
        return root;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public CartViewModel cart() {
        return cart;
    }

    public AttractViewModel attract() {
        return attract;
    }

    public MenuViewModel menu() {
        return menu;
    }

    public ItemViewModel item() {
        return item;
    }

    public PayViewModel pay() {
        return pay;
    }

    public DoneViewModel done() {
        return done;
    }

    public com.brewline.kiosk.status.StatusViewModel status() {
        return status;
    }

    public InactivityViewModel inactivity() {
        return inactivity;
    }

    public StaffExitViewModel staff() {
        return staff;
    }

    public KioskContext context() {
        return context;
    }

    @Override
    public void close() {
        shellView.stop();
        try {
            attract.close();
            menu.close();
        } catch (Exception e) {
            LOG.warn("closing the change feed subscriptions failed", e);
        }
        worker.shutdownNow();
    }
}
