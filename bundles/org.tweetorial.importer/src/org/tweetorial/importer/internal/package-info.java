/** Detecting a source's kind and dispatching to its reader. */
package org.tweetorial.importer.internal;
