// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PythonFloatsTest {

    @Test
    void formatsAsPythonsRepr() {
        assertEquals("33.0", PythonFloats.repr(33));
        assertEquals("-3243.0", PythonFloats.repr(-3243));
        assertEquals("94.53125", PythonFloats.repr(94.53125));
        assertEquals("0.31035864734643714", PythonFloats.repr(34848.0 / 112283));
        assertEquals("0.1", PythonFloats.repr(0.1));
        assertEquals("0.0001", PythonFloats.repr(1e-4));
        assertEquals("1e-05", PythonFloats.repr(1e-5));
        assertEquals("1.5e-07", PythonFloats.repr(1.5e-7));
        assertEquals("1e+16", PythonFloats.repr(1e16));
        assertEquals("1234567890123456.0", PythonFloats.repr(1234567890123456.0));
        assertEquals("0.0", PythonFloats.repr(0));
        assertEquals("91.68309650614964", PythonFloats.repr(3025.0 * 363 * 96 * 100 / (112283.0 * 1024)));
    }
}
