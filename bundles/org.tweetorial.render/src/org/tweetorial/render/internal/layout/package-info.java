/** One class per card layout, the shared card chrome (background, kicker, footer) and text emission. */
package org.tweetorial.render.internal.layout;
