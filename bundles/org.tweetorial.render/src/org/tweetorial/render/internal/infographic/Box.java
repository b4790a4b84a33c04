package org.tweetorial.render.internal.infographic;

/** A rectangle on the page, in CSS pixels. */
record Box(double x, double y, double w, double h) {

    double right() {
        return x + w;
    }

    double bottom() {
        return y + h;
    }

    Box inset(double d) {
        return new Box(x + d, y + d, Math.max(1, w - 2 * d), Math.max(1, h - 2 * d));
    }

    /** The part below {@code dy} from the top. */
    Box below(double dy) {
        return new Box(x, y + dy, w, Math.max(1, h - dy));
    }

    /** The top {@code height} of the box. */
    Box top(double height) {
        return new Box(x, y, w, Math.min(h, height));
    }
}
