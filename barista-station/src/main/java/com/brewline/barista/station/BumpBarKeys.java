package com.brewline.barista.station;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The bump bar (and keyboard), on the station's scene so it works whichever node has the focus: a staff call takes
 * Enter only; an open reason chooser takes its digits and Esc; otherwise the keys of the legend.
 */
final class BumpBarKeys implements EventHandler<KeyEvent> {
    private final StationViewModel vm;
    private final Runnable toggleHighContrast;

    BumpBarKeys(StationViewModel vm, Runnable toggleHighContrast) {
        this.vm = vm;
        this.toggleHighContrast = toggleHighContrast;
    }

    @Override
    public void handle(KeyEvent e) {
        KeyCode k = e.getCode();
        if (vm.alerts().callShowing()) { // a customer is calling: Enter answers; nothing behind the call is touched
            if (k == KeyCode.ENTER || k == KeyCode.SPACE) {
                vm.alerts().acknowledgeOldestCall();
            }
            e.consume();
            return;
        }
        if (vm.urgent().choosing()) {
            if (k.isDigitKey() && digit(k) >= 1) {
                vm.urgent().markWith(digit(k) - 1);
            } else if (k == KeyCode.ESCAPE) {
                vm.dismissDialogs();
            }
            e.consume();
            return;
        }
        if (vm.reject().choosing()) {
            if (k.isDigitKey() && digit(k) >= 1) {
                vm.reject().rejectWith(digit(k) - 1);
            } else if (k == KeyCode.ESCAPE) {
                vm.dismissDialogs();
            }
            e.consume();
            return;
        }
        switch (k) {
            case DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, DIGIT7, DIGIT8, DIGIT9,
                 NUMPAD1, NUMPAD2, NUMPAD3, NUMPAD4, NUMPAD5, NUMPAD6, NUMPAD7, NUMPAD8, NUMPAD9 ->
                    vm.tickets().selectPosition(digit(k));
            case LEFT -> vm.tickets().selectNext(-1);
            case RIGHT -> vm.tickets().selectNext(1);
            case S -> vm.tickets().startTarget();
            case ENTER, B -> {
                if (!vm.day().showingDialog()) { // Enter never answers "close the day?"
                    vm.tickets().bumpTarget();
                }
            }
            case R -> vm.recall().recall();
            case A -> vm.allDay().toggle();
            case U -> vm.askUrgent();
            case P -> vm.recall().handOverOldest();
            case X -> vm.askRejectReason();
            case H -> toggleHighContrast.run();
            case ESCAPE -> vm.dismissDialogs();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static int digit(KeyCode k) {
        String name = k.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }
}
