/**
 * Infographic pages: the grid of panels, each panel drawn as SVG built in Java (text with the card fitter, Health
 * Icons, and small chart builders for icon arrays, bar charts and forest plots), and the alt text that states the
 * data.
 */
package org.tweetorial.render.internal.infographic;
