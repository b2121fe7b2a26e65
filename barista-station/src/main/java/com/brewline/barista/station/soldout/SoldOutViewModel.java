package com.brewline.barista.station.soldout;

import com.brewline.barista.station.work.StationWork;
import com.brewline.model.MenuItem;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Menu items marked sold out at this station: the kiosks stop offering them at once. */
public final class SoldOutViewModel {
    private final StationWork work;
    private final List<MenuItem> items;
    private final ObservableSet<String> soldOut = FXCollections.observableSet();
    private final BooleanProperty showing = new SimpleBooleanProperty();

    public SoldOutViewModel(StationWork work, List<MenuItem> items) {
        this.work = work;
        this.items = List.copyOf(items);
    }

    /** On the FX thread, from the reload. */
    public void apply(Set<String> soldOutNow) {
        soldOut.retainAll(soldOutNow);
        soldOut.addAll(soldOutNow);
    }

    public CompletableFuture<Boolean> setSoldOut(String itemId, boolean isSoldOut) {
        return work.act(() -> {
            work.store().availability().setSoldOut(itemId, isSoldOut, work.stationId());
            return true;
        });
    }

    public ObservableSet<String> soldOut() {
        return soldOut;
    }

    public List<MenuItem> items() {
        return items;
    }

    public BooleanProperty showingProperty() {
        return showing;
    }

    public boolean korean() {
        return work.messages().korean();
    }
}
