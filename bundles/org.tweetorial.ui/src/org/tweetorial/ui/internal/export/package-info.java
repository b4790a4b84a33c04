/** Exporting a tweetorial: the wizard, its job and the outputs it writes. */
package org.tweetorial.ui.internal.export;
