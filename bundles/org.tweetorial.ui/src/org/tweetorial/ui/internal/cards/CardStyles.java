package org.tweetorial.ui.internal.cards;

import java.util.LinkedHashMap;
import java.util.Map;

/** The card themes and sizes offered in the toolbar and preferences (the render bundle's built-in ones). */
public final class CardStyles {

    private static final Map<String, String> THEMES = new LinkedHashMap<>();
    private static final Map<String, int[]> SIZES = new LinkedHashMap<>();

    static {
        THEMES.put("light", "Light");
        THEMES.put("dark", "Dark");
        THEMES.put("high-contrast", "High contrast");
        THEMES.put("clinical", "Clinical");
        SIZES.put("x", new int[] { 1200, 675 });
        SIZES.put("x-large", new int[] { 1600, 900 });
        SIZES.put("square", new int[] { 1080, 1080 });
        SIZES.put("portrait", new int[] { 1080, 1350 });
        SIZES.put("slide", new int[] { 1920, 1080 });
    }

    private CardStyles() {
    }

    public static Map<String, String> themes() {
        return java.util.Collections.unmodifiableMap(THEMES);
    }

    public static java.util.Set<String> sizes() {
        return java.util.Collections.unmodifiableSet(SIZES.keySet());
    }

    /** Width and height of a size preset; unknown names give the X landscape size. */
    public static int[] dimensions(String size) {
        return SIZES.getOrDefault(size, SIZES.get("x")).clone();
    }

    public static String sizeLabel(String size) {
        int[] d = dimensions(size);
        return size + " (" + d[0] + "\u00d7" + d[1] + ")";
    }

    /** Label/value pairs for a combo field editor. */
    public static String[][] themeChoices() {
        return THEMES.entrySet().stream().map(e -> new String[] { e.getValue(), e.getKey() })
                .toArray(String[][]::new);
    }

    public static String[][] sizeChoices() {
        return SIZES.keySet().stream().map(s -> new String[] { sizeLabel(s), s }).toArray(String[][]::new);
    }
}
