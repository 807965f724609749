package org.goodpractice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        VersionedCache<String, String> cache = new VersionedCache<>(version::get, 10);
        assertEquals("a@0", cache.get("a", this::load));
        assertEquals("a@0", cache.get("a", this::load));
        version.incrementAndGet();
        assertEquals("a@1", cache.get("a", this::load));
        assertEquals(List.of("a", "a"), loads);
    }

    @Test
    void theLeastRecentlyUsedEntryGoesBeyondCapacity() {
        VersionedCache<String, String> cache = new VersionedCache<>(version::get, 2);
        cache.get("a", this::load);
        cache.get("b", this::load);
        cache.get("a", this::load);
        cache.get("c", this::load);
        cache.get("a", this::load);
        cache.get("b", this::load);
        assertEquals(List.of("a", "b", "c", "b"), loads);
    }

    @Test
    void keysWithoutAValueTakeNoPlaceAndPushNothingOut() {
        VersionedCache<String, String> cache = new VersionedCache<>(version::get, 2);
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
