/** Benchmarks (plain mains, not tests). */
package org.tweetorial.render.bench;
