package org.tweetorial.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void optionsTakeAValueAndFlagsDoNot() throws Exception {
        Arguments a = Arguments.parse(List.of("--strict", "in.md", "--out", "dir", "--only=text"),
                Set.of("out", "only"), Set.of("strict"));
        assertTrue(a.flag("strict"));
        assertEquals(Optional.of("dir"), a.option("out"));
        assertEquals(Optional.of("text"), a.option("only"));
        assertEquals(List.of("in.md"), a.positional());
        assertFalse(Arguments.parse(List.of("in.md"), Set.of(), Set.of("strict")).flag("strict"));
    }

    @Test
    void flagsAfterDoubleDashArePositional() throws Exception {
        Arguments a = Arguments.parse(List.of("--", "--strict"), Set.of(), Set.of("strict"));
        assertFalse(a.flag("strict"));
        assertEquals(List.of("--strict"), a.positional());
    }

    @Test
    void badFlagsAndOptionsAreUsageErrors() {
        assertEquals("option --strict takes no value", assertThrows(Arguments.UsageException.class,
                () -> Arguments.parse(List.of("--strict=yes"), Set.of(), Set.of("strict"))).getMessage());
        assertEquals("unknown option --strict", assertThrows(Arguments.UsageException.class,
                () -> Arguments.parse(List.of("--strict"), Set.of("out"))).getMessage());
        assertEquals("option --out needs a value", assertThrows(Arguments.UsageException.class,
                () -> Arguments.parse(List.of("--out"), Set.of("out"), Set.of("strict"))).getMessage());
    }
}
