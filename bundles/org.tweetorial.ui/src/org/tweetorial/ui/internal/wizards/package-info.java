/** New project and new file wizards with their templates. */
package org.tweetorial.ui.internal.wizards;
