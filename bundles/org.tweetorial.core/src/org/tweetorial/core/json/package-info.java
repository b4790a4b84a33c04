/**
 * JSON output with Gson: the project's two formats ({@link org.tweetorial.core.json.Json}) and the one thread schema
 * shared by {@code tweetorial thread --format json} and the export's {@code thread.json} (documented in
 * {@code docs/CLI.md}).
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.tweetorial.core.json;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
