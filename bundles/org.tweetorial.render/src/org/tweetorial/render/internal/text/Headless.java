package org.tweetorial.render.internal.text;

/** Makes AWT headless unless the application decided otherwise before touching AWT. */
public final class Headless {

    private Headless() {
    }

    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
