/**
 * Maps the core thread model ({@code org.tweetorial.core.model}) to render {@link org.tweetorial.render.Card}s:
 * the layout is chosen from each post's content unless its {@code <!-- card: -->} directive names one.
 */
package org.tweetorial.render.posts;
