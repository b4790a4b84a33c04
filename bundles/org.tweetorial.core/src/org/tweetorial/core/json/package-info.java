/**
 * JSON output with Gson: the project's two formats ({@link org.tweetorial.core.json.Json}) and the one thread schema
 * shared by {@code tweetorial thread --format json} and the export's {@code thread.json} (documented in
 * {@code docs/CLI.md}).
 */
package org.tweetorial.core.json;
