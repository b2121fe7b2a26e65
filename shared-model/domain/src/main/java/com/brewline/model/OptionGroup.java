package com.brewline.model;

import java.util.List;
import java.util.Optional;

/** Hot/iced, size, extra shot, syrup, milk: how many of its options a customer must and may pick. */
public record OptionGroup(String id, String nameKo, String nameEn, int minSelect, int maxSelect, List<MenuOption> options) {
    public OptionGroup {
        options = List.copyOf(options);
    }

    public boolean isRequired() {
        return minSelect > 0;
    }

    public Optional<MenuOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public String name(boolean korean) {
        return korean ? nameKo : nameEn;
    }
}
