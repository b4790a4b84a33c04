/**
 * Headless card rendering: turns a {@link org.tweetorial.render.Card} into an SVG document and a PNG raster.
 * <p>
 * Entry points are {@link org.tweetorial.render.CardRenderer#create()}, {@link org.tweetorial.render.Themes} and
 * {@link org.tweetorial.render.CardSize}. Rendering does not depend on Markdown; see
 * {@code org.tweetorial.render.posts} for the mapping from the core thread model.
 */
package org.tweetorial.render;
