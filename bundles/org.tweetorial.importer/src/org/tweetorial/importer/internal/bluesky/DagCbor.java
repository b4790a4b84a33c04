package org.tweetorial.importer.internal.bluesky;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;

/**
 * Decodes a DAG-CBOR block with Jackson's streaming CBOR parser into maps, lists, strings, longs, byte arrays,
 * booleans, null and {@link Link}s. The parser is used, not a tree mapper, because the tree drops CBOR tag 42 (the
 * mark of a link), which must not be confused with an ordinary byte string.
 */
public final class DagCbor {

    private static final int LINK_TAG = 42;
    private static final int MAX_DEPTH = 64;
    private static final CBORFactory FACTORY = new CBORFactory();

    private DagCbor() {
    }

    /** The value {@code block} encodes. */
    public static Object decode(byte[] block) throws IOException {
        try (CBORParser parser = (CBORParser) FACTORY.createParser(block)) {
            if (parser.nextToken() == null) {
                throw new IOException("empty block");
            }
            return value(parser, 0);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("not DAG-CBOR: " + e.getOriginalMessage(), e);
        }
    }

    private static Object value(CBORParser p, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("nested more than " + MAX_DEPTH + " levels deep");
        }
        int tag = p.getCurrentTag();
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> map(p, depth);
            case START_ARRAY -> list(p, depth);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case VALUE_EMBEDDED_OBJECT -> tag == LINK_TAG ? link(p.getBinaryValue()) : p.getBinaryValue();
            default -> throw new IOException("unexpected " + token);
        };
    }

    private static Map<String, Object> map(CBORParser p, int depth) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            map.put(key, value(p, depth + 1));
        }
        return map;
    }

    private static List<Object> list(CBORParser p, int depth) throws IOException {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
                throw new IOException("the block ends inside a list");
            }
            list.add(value(p, depth + 1));
        }
        return list;
    }

    private static Link link(byte[] bytes) throws IOException {
        if (bytes.length < 2 || bytes[0] != 0) {
            throw new IOException("a link (tag 42) without the 0x00 multibase prefix");
        }
        return new Link(Cid.of(java.util.Arrays.copyOfRange(bytes, 1, bytes.length)));
    }
}
