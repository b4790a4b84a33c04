/** Colour emoji drawn as Twemoji SVG images (graphics CC-BY 4.0, loaded from the class path). */
package org.tweetorial.render.internal.emoji;
