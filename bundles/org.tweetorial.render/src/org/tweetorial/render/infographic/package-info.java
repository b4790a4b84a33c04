/**
 * Rendering one-page infographics with the card pipeline (themes, fonts, text fitter, emoji, the locked-down Batik
 * renderer): {@link org.tweetorial.render.infographic.InfographicRenderer}, the page sizes, and the one-page summary
 * of an ordinary thread.
 */
package org.tweetorial.render.infographic;
