/** Export internals: planning, the atomic export folder and the export steps. Not API. */
package org.tweetorial.export.internal;
