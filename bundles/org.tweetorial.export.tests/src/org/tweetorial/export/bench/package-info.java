/** Timing of the export: {@link org.tweetorial.export.bench.ExportBenchmark}. */
package org.tweetorial.export.bench;
