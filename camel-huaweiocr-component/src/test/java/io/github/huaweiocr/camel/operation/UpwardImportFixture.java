package io.github.huaweiocr.camel.operation;

import io.github.huaweiocr.camel.HuaweiOcrEndpoint;

/**
 * A class in the bottom package that uses the top one: what the package direction rule must report. Test sources
 * only, so it never reaches the jar.
 */
public final class UpwardImportFixture {

    private UpwardImportFixture() {
    }

    /** The upward use the rule must see. */
    public static String operationOf(HuaweiOcrEndpoint endpoint) {
        return endpoint.getOperation();
    }
}
