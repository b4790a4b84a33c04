/** Implementation of the workbench contributions. */
package org.tweetorial.ui.internal;
