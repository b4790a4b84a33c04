/**
 * File &gt; Import &gt; "Tweetorials from an archive…": adapts the headless importer ({@code org.tweetorial.importer})
 * to the workspace: pick a source, pick threads from the list it finds, write them into a project and open them.
 */
package org.tweetorial.ui.internal.importer;
