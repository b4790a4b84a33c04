/** The tweetorial text editor: colouring, folding, post lengths in the ruler. */
package org.tweetorial.ui.internal.editor;
