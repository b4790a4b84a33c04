package org.tweetorial.core.infographic;

/**
 * Where a panel goes in the grid, as the author overrode it.
 *
 * @param span  columns the panel spans (1..3), 0 to choose from its type and content
 * @param order position among the panels (lower first), 0 to keep source order
 */
public record Placement(int span, int order) {

    public static final Placement AUTO = new Placement(0, 0);
}
