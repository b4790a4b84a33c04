/** Alt text generated from a card's content. */
package org.tweetorial.render.internal.alt;
