/** The live thread preview: the thread drawn natively as it will appear on a platform. */
package org.tweetorial.ui.internal.preview;
