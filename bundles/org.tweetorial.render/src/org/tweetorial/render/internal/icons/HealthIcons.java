package org.tweetorial.render.internal.icons;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The Health Icons set from {@code @iconify-json/healthicons} ({@value #RESOURCE} on the class path, fetched at
 * build time): visible icon names, aliases, and each icon's body as a sanitised SVG fragment. Loaded once per JVM,
 * on first use; thread-safe.
 */
public final class HealthIcons {

    public static final String RESOURCE = "healthicons/icons.json";

    /** An icon: its view box size and its body (SVG markup using {@code currentColor}). */
    public record Icon(String name, int width, int height, String body) {
    }

    private static volatile HealthIcons instance;

    private final Map<String, Icon> icons;
    private final Map<String, String> aliases;
    private final List<String> visibleNames;
    private final Map<String, Optional<IconSymbol>> symbols = new ConcurrentHashMap<>();

    private HealthIcons(Map<String, Icon> icons, Map<String, String> aliases, List<String> visibleNames) {
        this.icons = icons;
        this.aliases = aliases;
        this.visibleNames = visibleNames;
    }

    /** The bundled set; empty (no names) when the resource is missing or unreadable. */
    public static HealthIcons get() {
        HealthIcons h = instance;
        if (h == null) {
            synchronized (HealthIcons.class) {
                h = instance;
                if (h == null) {
                    h = load(HealthIcons.class.getClassLoader().getResource(RESOURCE));
                    instance = h;
                }
            }
        }
        return h;
    }

    static HealthIcons load(URL url) {
        if (url == null) {
            return new HealthIcons(Map.of(), Map.of(), List.of());
        }
        try (InputStream in = url.openStream(); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(JsonParser.parseReader(r).getAsJsonObject());
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return new HealthIcons(Map.of(), Map.of(), List.of());
        }
    }

    static HealthIcons parse(JsonObject root) {
        int w = root.has("width") ? root.get("width").getAsInt() : 16;
        int h = root.has("height") ? root.get("height").getAsInt() : 16;
        Map<String, Icon> icons = new HashMap<>();
        TreeSet<String> visible = new TreeSet<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("icons").entrySet()) {
            JsonObject o = e.getValue().getAsJsonObject();
            icons.put(e.getKey(), new Icon(e.getKey(), o.has("width") ? o.get("width").getAsInt() : w,
                    o.has("height") ? o.get("height").getAsInt() : h, o.get("body").getAsString()));
            if (!(o.has("hidden") && o.get("hidden").getAsBoolean())) {
                visible.add(e.getKey());
            }
        }
        Map<String, String> aliases = new HashMap<>();
        if (root.has("aliases")) {
            for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("aliases").entrySet()) {
                aliases.put(e.getKey(), e.getValue().getAsJsonObject().get("parent").getAsString());
            }
        }
        return new HealthIcons(icons, aliases, Collections.unmodifiableList(new ArrayList<>(visible)));
    }

    /** Visible icon names, sorted (for content assist). */
    public List<String> names() {
        return visibleNames;
    }

    public boolean isInstalled() {
        return !icons.isEmpty();
    }

    /** The icon of a name or alias. */
    public Optional<Icon> icon(String name) {
        String n = name;
        for (int hops = 0; hops < 8 && !icons.containsKey(n) && aliases.containsKey(n); hops++) {
            n = aliases.get(n);
        }
        return Optional.ofNullable(icons.get(n));
    }

    public boolean exists(String name) {
        return icon(name).isPresent();
    }

    /** The icon as a sanitised, self-contained symbol, built once per name. */
    public Optional<IconSymbol> symbol(String name) {
        return symbols.computeIfAbsent(name, n -> icon(n).flatMap(IconSymbol::of));
    }
}
