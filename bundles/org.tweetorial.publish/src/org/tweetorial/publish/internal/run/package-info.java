/** Publishing a plan post by post: the platform-neutral steps, the journal after each, resume and lookups. Not API. */
package org.tweetorial.publish.internal.run;
