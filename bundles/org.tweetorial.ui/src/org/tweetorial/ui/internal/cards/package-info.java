/** The Cards view and the card thumbnails it and the preview show. */
package org.tweetorial.ui.internal.cards;
