/**
 * One class per card layout, drawing its card body and writing its alt text ({@code SlideLayout}), the shared card
 * chrome (background, kicker, footer) and text emission.
 */
package org.tweetorial.render.internal.layout;
