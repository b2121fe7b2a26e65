package com.brewline.kiosk;

import com.brewline.kiosk.attract.AttractViewModel;
import com.brewline.kiosk.cart.CartViewModel;
import com.brewline.kiosk.cart.QueueWaitViewModel;
import com.brewline.kiosk.common.Background;
import com.brewline.display.Fonts;
import com.brewline.display.I18n;
import com.brewline.kiosk.done.DoneViewModel;
import com.brewline.kiosk.frame.FrameView;
import com.brewline.kiosk.frame.FrameViewModel;
import com.brewline.kiosk.frame.Screen;
import com.brewline.kiosk.inactivity.InactivityView;
import com.brewline.kiosk.inactivity.InactivityViewModel;
import com.brewline.kiosk.item.ItemViewModel;
import com.brewline.kiosk.menu.MenuViewModel;
import com.brewline.kiosk.pay.PayViewModel;
import com.brewline.kiosk.staff.StaffExitView;
import com.brewline.kiosk.staff.StaffExitViewModel;
import com.brewline.kiosk.status.StatusViewModel;
import com.brewline.model.AttemptThrottle;
import javafx.application.Platform;
import javafx.scene.Parent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final FrameViewModel frame;
    private final CartViewModel cart;
    private final QueueWaitViewModel queueWait;
    private final AttractViewModel attract;
    private final MenuViewModel menu;
    private final ItemViewModel item;
    private final PayViewModel pay;
    private final DoneViewModel done;
    private final StatusViewModel status;
    private final InactivityViewModel inactivity;
    private final StaffExitViewModel staff;
    // issues 11-13 (live): the gate, the watched menu, call staff, the one suggestion
    private final com.brewline.kiosk.live.GateViewModel gate;
    private final com.brewline.kiosk.live.LiveMenuViewModel liveMenu;
    private final com.brewline.kiosk.staffcall.StaffCallViewModel staffCall;
    private final com.brewline.kiosk.suggest.SuggestViewModel suggest;
    private final FrameView frameView;
    private final Parent root;

    public KioskUi(KioskContext context, Runnable onStaffExit) {
        Fonts.loadPretendard();
        this.context = context;
        AtomicInteger n = new AtomicInteger();
        this.worker = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "kiosk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Background background = new Background(worker, Platform::runLater);
        var settings = context.settings();
        frame = new FrameViewModel(settings);
        cart = new CartViewModel();
        var live = context.live();
        gate = new com.brewline.kiosk.live.GateViewModel(live.gate(), context.store(), background, settings.kioskId(),
                live.checkEvery());
        liveMenu = new com.brewline.kiosk.live.LiveMenuViewModel(live.menus(), context.menu(), background);
        staffCall = new com.brewline.kiosk.staffcall.StaffCallViewModel(context.store(), background, settings.kioskId(),
                context.clock());
        suggest = new com.brewline.kiosk.suggest.SuggestViewModel(cart, liveMenu::inUse, context.store(), background,
                frame::accessible);
        queueWait = new QueueWaitViewModel(live.gate(), context.store(), background, cart);
        attract = new AttractViewModel(context.store(), background, settings, gate);
        menu = new MenuViewModel(context.menu(), context.store(), background, cart);
        item = new ItemViewModel(context.menu(), cart);
        pay = new PayViewModel(context.checkout(), context.store(), cart, background, context.clock(), settings.kioskId(),
                liveMenu::newest, live.gate());
        done = new DoneViewModel(context.store(), background, context.clock(), settings.doneScreenFor(), settings.baristas(),
                order -> live.paidWaits().minutes(order.id()));
        status = new StatusViewModel(context.store(), context.refunds(), background, settings.kioskId(), context.clock(),
                AttemptThrottle.standard());
        inactivity = new InactivityViewModel(context.clock(), frame);
        staff = new StaffExitViewModel(context.clock(), settings.staffPinHash(), background, onStaffExit);
        KioskNavigation.wire(this);

        I18n i18n = frame.i18n();
        InactivityView inactivityView = new InactivityView(inactivity, i18n);
        StaffExitView staffView = new StaffExitView(staff, i18n);
        KioskScreens.load("inactivity/inactivity.fxml", i18n, inactivityView);
        KioskScreens.load("staff/staff-exit.fxml", i18n, staffView);
        var staffCallView = new com.brewline.kiosk.staffcall.StaffCallView(staffCall, i18n);
        var gateNotes = new com.brewline.kiosk.live.GateNoticeView(gate, i18n, javafx.beans.binding.Bindings.createBooleanBinding(
                () -> frame.screen() == Screen.ATTRACT || frame.screen() == Screen.MENU || frame.screen() == Screen.ITEM,
                frame.screenProperty()));
        frameView = new FrameView(frame, new KioskScreens(this)::build, List.of(inactivityView, staffView), inactivity::touch,
                context.speech(), List.of(inactivity::tick, pay::tick, status::tick, staffCall::tick, () -> {
            if (frame.screen() == Screen.DONE) {
                done.tick();
            }
        }), List.of(gateNotes.staffBanner(), staffCallView.note(), gateNotes.waitNote()), staffCallView.button());
        root = KioskScreens.load("frame/frame.fxml", i18n, frameView);
        root.getStylesheets().add(KioskUi.class.getResource(STYLESHEET).toExternalForm());
    }

    public Parent root() {
        return root;
    }

    public FrameViewModel frame() {
        return frame;
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

    public StatusViewModel status() {
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

    public com.brewline.kiosk.live.GateViewModel gate() {
        return gate;
    }

    public com.brewline.kiosk.live.LiveMenuViewModel liveMenu() {
        return liveMenu;
    }

    public com.brewline.kiosk.staffcall.StaffCallViewModel staffCall() {
        return staffCall;
    }

    public com.brewline.kiosk.suggest.SuggestViewModel suggest() {
        return suggest;
    }

    @Override
    public void close() {
        frameView.stop();
        try {
            attract.close();
            menu.close();
            queueWait.close();
            gate.close();
            liveMenu.close();
            staffCall.close();
        } catch (Exception e) {
            LOG.warn("closing the change feed subscriptions failed", e);
        }
        worker.shutdownNow();
    }
}
