package io.github.huaweiocr.emulator.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Requests per minute per account and operation, as the API gateway's per-user throttling policy: a window opens
 * with the first call and admits {@code limit} calls for one minute. A limit of 0 admits everything.
 */
public final class RequestQuota {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();
    private int limit;

    private static final class Window {
        Instant start;
        int count;
    }

    public RequestQuota(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    public synchronized int limit() {
        return limit;
    }

    /** Changes the limit and forgets the calls counted so far. */
    public synchronized void setLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("quota must not be negative");
        }
        this.limit = limit;
        windows.clear();
    }

    /** Counts a call; false when the account already made {@code limit} calls to this operation in the window. */
    public synchronized boolean tryAcquire(String account, String operation) {
        if (limit == 0) {
            return true;
        }
        Instant now = clock.instant();
        Window window = windows.computeIfAbsent(account + '\n' + operation, k -> new Window());
        if (window.start == null || !now.isBefore(window.start.plus(WINDOW))) {
            window.start = now;
            window.count = 0;
        }
        if (window.count >= limit) {
            return false;
        }
        window.count++;
        return true;
    }
}
