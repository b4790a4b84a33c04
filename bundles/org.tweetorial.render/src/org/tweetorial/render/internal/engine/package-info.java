/** The Batik rendering engine: locked-down user agent, bundled-font resolver, worker thread, cache, PNG encoding. */
package org.tweetorial.render.internal.engine;
