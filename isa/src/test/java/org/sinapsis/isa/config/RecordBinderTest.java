// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.InvalidInputException;

class RecordBinderTest {

    enum Flow { WEIGHT_STATIONARY, OUTPUT_STATIONARY }

    record Memory(int sramKiB, double bandwidthBytesPerSecond) {
    }

    record Machine(String name, int rows, Flow dataflow, Memory memory, List<Integer> banks, OptionalDouble clockHz) {
        Machine {
            if (rows < 1) {
                throw new IllegalArgumentException("rows must be >= 1");
            }
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a machine needs a name");
            }
        }
    }

    private static ConfigNode read(String yaml) throws Exception {
        return YamlConfigReader.read("m.yaml", new StringReader(yaml));
    }

    @Test
    void keysAreSnakeCaseWithUnitsAsOneWord() {
        assertEquals("sram_kib", RecordBinder.key("sramKiB"));
        assertEquals("min_measured_runs", RecordBinder.key("minMeasuredRuns"));
        assertEquals("clock_hz", RecordBinder.key("clockHz"));
        assertEquals("bandwidth_bytes_per_second", RecordBinder.key("bandwidthBytesPerSecond"));
    }

    @Test
    void bindsNestedRecordsEnumsListsAndOptionals() throws Exception {
        Machine m = RecordBinder.bind(read("""
                version: 1
                name: tiny
                rows: 4
                dataflow: weight-stationary
                memory:
                  sram_kib: 64
                  bandwidth_bytes_per_second: 3.4e10
                banks: [1, 2, 3]
                """), Machine.class, Set.of("version"));
        assertEquals(new Machine("tiny", 4, Flow.WEIGHT_STATIONARY, new Memory(64, 3.4e10), List.of(1, 2, 3),
                OptionalDouble.empty()), m);
    }

    @Test
    void unbindRoundTrips() {
        Machine m = new Machine("tiny", 4, Flow.OUTPUT_STATIONARY, new Memory(8, 1e9), List.of(7), OptionalDouble.of(7e8));
        Map<String, Object> map = RecordBinder.unbind(m);
        assertEquals(List.of("name", "rows", "dataflow", "memory", "banks", "clock_hz"), List.copyOf(map.keySet()));
        assertEquals("output-stationary", map.get("dataflow"));
        assertEquals(Map.of("sram_kib", 8, "bandwidth_bytes_per_second", 1e9), map.get("memory"));
    }

    @Test
    void unknownKeyNamesItsLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecordBinder.bind(read("""
                name: tiny
                rowz: 4
                """), Machine.class, Set.of()));
        assertEquals("m.yaml:2: rowz: unknown field; expected one of banks, clock_hz, dataflow, memory, name, rows",
                e.getMessage());
    }

    @Test
    void badEnumListsTheChoices() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecordBinder.bind(read("""
                name: tiny
                rows: 4
                dataflow: ws
                memory: {sram_kib: 1, bandwidth_bytes_per_second: 1}
                banks: []
                """), Machine.class, Set.of()));
        assertEquals("m.yaml:3: dataflow: expected one of weight-stationary, output-stationary, got 'ws'",
                e.getMessage());
    }

    @Test
    void validationFailureNamesTheFieldItStartsWithElseTheMapping() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecordBinder.bind(read("""
                name: tiny
                rows: 0
                dataflow: weight-stationary
                memory: {sram_kib: 1, bandwidth_bytes_per_second: 1}
                banks: []
                """), Machine.class, Set.of()));
        assertEquals("m.yaml:2: rows: must be >= 1", e.getMessage());
        InvalidInputException unnamed = assertThrows(InvalidInputException.class, () -> RecordBinder.bind(read("""
                name: ''
                rows: 4
                dataflow: weight-stationary
                memory: {sram_kib: 1, bandwidth_bytes_per_second: 1}
                banks: []
                """), Machine.class, Set.of()));
        assertEquals("m.yaml:1: invalid Machine: a machine needs a name", unnamed.getMessage());
    }

    @Test
    void missingNestedFieldNamesItsPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecordBinder.bind(read("""
                name: tiny
                rows: 2
                dataflow: weight-stationary
                memory:
                  sram_kib: 1
                banks: []
                """), Machine.class, Set.of()));
        assertEquals("m.yaml:5: memory.bandwidth_bytes_per_second: missing field", e.getMessage());
    }
}
