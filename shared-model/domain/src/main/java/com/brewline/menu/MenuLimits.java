package com.brewline.menu;

/**
 * The bounds every menu file is held to, so that nothing read from it can overflow a total, push a
 * screen's layout apart or point outside the menu's folder. Generous for a real cafe (a Korean
 * chain's dearest cake is about 60,000원), tight enough that 20 of the dearest item with every
 * option stay far inside a {@code long}.
 */
public final class MenuLimits {
    /** An item's own price, in won. */
    public static final long MAX_PRICE = 1_000_000;
    /** One option's price change, in won. */
    public static final long MAX_PRICE_DELTA = 100_000;
    /** An item with the dearest options its groups allow, in won (a line is at most 20 of these). */
    public static final long MAX_UNIT_PRICE = 1_000_000;
    /** Preparation time of one item: an hour. */
    public static final int MAX_PREP_SECONDS = 3_600;
    /** Characters of a name on screen (item, option, group, category). */
    public static final int MAX_NAME_LENGTH = 40;
    /** Characters of the store's name. */
    public static final int MAX_STORE_NAME_LENGTH = 60;
    /** Characters of an id: letters, digits, '-' and '_'. */
    public static final int MAX_ID_LENGTH = 40;
    /** Characters of an image path. */
    public static final int MAX_IMAGE_PATH_LENGTH = 200;
    /** Characters of an item's one-line description. */
    public static final int MAX_DESCRIPTION_LENGTH = 80;
    /** Energy of one item, kcal. */
    public static final int MAX_CALORIES = 3_000;
    /** Caffeine of one item, mg (a venti cold brew has about 400). */
    public static final int MAX_CAFFEINE_MG = 1_000;
    public static final int MAX_CATEGORIES = 20;
    public static final int MAX_OPTION_GROUPS = 50;
    public static final int MAX_OPTIONS_PER_GROUP = 20;
    public static final int MAX_ITEMS = 300;

    private MenuLimits() {
    }

    /** Items one item may name as its pairings. */
    public static final int MAX_PAIRINGS = 10;
}
