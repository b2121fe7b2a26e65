package com.brewline.barista.station.tickets;

import com.brewline.display.I18n;
import com.brewline.model.ChosenOption;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.function.Supplier;

/** One item line of a ticket card: what the customer changed is bright, the menu's preselected choices quiet. */
final class LineRow {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private LineRow() {
    }

    /** Line {@code i} of the order: its check box, quantity, name and options; a tap checks it off or on. */
    static HBox of(TicketsViewModel vm, Order o, int i, Supplier<TicketViewModel> ticket) {
        I18n messages = vm.messages();
        OrderLine line = o.lines().get(i);
        boolean done = o.linesDone().get(i);
        FontIcon check = new FontIcon(done ? Material2AL.CHECK_BOX : Material2AL.CHECK_BOX_OUTLINE_BLANK);
        check.getStyleClass().add("line-check");
        Label qty = new Label(line.quantity() + "×");
        qty.getStyleClass().add("line-qty");
        qty.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(line.name(messages.korean()));
        name.getStyleClass().add("line-name");
        name.setWrapText(true);
        VBox text = new VBox(2, name);
        if (!line.options().isEmpty()) {
            // What the customer changed is bright; the menu's preselected choices are quiet.
            TextFlow opts = new TextFlow();
            opts.getStyleClass().add("line-options");
            for (int k = 0; k < line.options().size(); k++) {
                ChosenOption c = line.options().get(k);
                Text t = new Text((k > 0 ? " · " : "") + c.name(messages.korean()));
                t.getStyleClass().add(vm.isDefaultChoice(c) ? "option-default" : "option-changed");
                opts.getChildren().add(t);
            }
            text.getChildren().add(opts);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, check, qty, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("line");
        row.pseudoClassStateChanged(DONE, done);
        row.setOnMouseClicked(e -> {
            vm.toggleLine(ticket.get(), i);
            e.consume();
        });
        return row;
    }
}
