// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class NullSinkTest extends TraceSinkContractTest {

    @Override
    protected TraceSink newSink() {
        return NullSink.INSTANCE;
    }

    @Test
    void isDisabledSoCallersSkipBuildingEvents() {
        assertFalse(NullSink.INSTANCE.enabled());
    }
}
