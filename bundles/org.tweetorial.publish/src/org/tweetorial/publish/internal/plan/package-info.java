/** The preflight and the plan: the exported cards and texts checked against the platform's limits. Not API. */
package org.tweetorial.publish.internal.plan;
