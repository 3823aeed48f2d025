package io.github.huaweiocr.emulator.quota;

import java.util.concurrent.atomic.AtomicInteger;

/** At most {@code max} OCR calls in progress at once (ModelArts.4401 beyond); 0 means unlimited. */
public final class ConcurrencyLimit {

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile int max;

    public ConcurrencyLimit(int max) {
        this.max = max;
    }

    public void setMax(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }

    /** Takes a slot; false (and nothing taken) when all are busy. Every true must be followed by {@link #release()}. */
    public boolean tryAcquire() {
        int current = inFlight.incrementAndGet();
        if (max > 0 && current > max) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    public void release() {
        inFlight.decrementAndGet();
    }
}
