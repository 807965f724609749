package org.goodpractice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class VersionedCacheTest {
    private final AtomicLong version = new AtomicLong();
    private final List<String> loads = new ArrayList<>();

    private String load(String key) {
        loads.add(key);
        return key + "@" + version.get();
    }

    @Test
    void aValueIsLoadedOnceUntilTheVersionMoves() {
        VersionedCache<String, String> cache = new VersionedCache<>(version::get, 10, String::length);
        assertEquals("a@0", cache.get("a", this::load));
        assertEquals("a@0", cache.get("a", this::load));
        version.incrementAndGet();
        assertEquals("a@1", cache.get("a", this::load));
        assertEquals(List.of("a", "a"), loads);
    }

    @Test
    void whatTheCacheHoldsStaysWithinItsWeight() {
        VersionedCache<String, String> cache = new VersionedCache<>(version::get, 100, String::length);
        for (int i = 0; i < 50; i++) {
            cache.get("key" + i, key -> "x".repeat(30));
            assertTrue(cache.weight() <= 100, "weight " + cache.weight());
        }
        assertTrue(cache.weight() >= 60, "two or three values of 30 are kept: " + cache.weight());
        assertTrue(cache.full(), "values were dropped for want of room");
        version.incrementAndGet();
        assertEquals(0, cache.weight(), "a new version empties the cache");
        assertFalse(cache.full());
    }

    @Test
    void keysWithoutAValueTakeNoPlaceAndPushNothingOut() {
        VersionedCache<String, String> cache = new VersionedCache<>(version::get, 2, value -> 1);
        cache.get("a", this::load);
        cache.get("b", this::load);
        for (String missing : List.of("x", "y", "z")) {
            assertNull(cache.get(missing, key -> null));
        }
        cache.get("a", this::load);
        cache.get("b", this::load);
        assertEquals(List.of("a", "b"), loads);
    }
}
