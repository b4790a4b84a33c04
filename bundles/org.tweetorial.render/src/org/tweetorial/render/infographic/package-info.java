/**
 * Rendering one-page infographics with the card pipeline (themes, fonts, text fitter, emoji, the locked-down Batik
 * renderer): {@link org.tweetorial.render.infographic.InfographicRenderer}, the laid-out page a check and a render
 * share ({@link org.tweetorial.render.infographic.LaidOutInfographic}), the page sizes, and the one-page summary of
 * an ordinary thread.
 */
package org.tweetorial.render.infographic;
