// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a TPU runs: the instruction stream the host sends, the host memory regions it reads
 * and writes, the configuration blocks Set_Config loads (by host address), and the weight memory
 * image. Hand-written programs (tests, {@code sinapsis isa asm}) and compiled ones are the same
 * type; the machine never depends on the compiler.
 *
 * @param name the program's name, for reports and traces
 * @param instructions the instruction stream, ending with halt (copied)
 * @param hostRegions the host memory regions (copied)
 * @param configs the configuration blocks by host address (copied, sorted)
 * @param weights the weight memory contents, or {@link TpuWeightImage#none()} for timing only
 */
public record TpuProgram(String name, List<TpuInstruction> instructions, List<HostRegion> hostRegions,
        Map<Long, TpuConfig> configs, TpuWeightImage weights) {

    /** Copies the collections. */
    public TpuProgram {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weights, "weights");
        instructions = List.copyOf(instructions);
        hostRegions = List.copyOf(hostRegions);
        configs = Collections.unmodifiableMap(new TreeMap<>(configs));
    }

    /** The host region called {@code name}, or empty. */
    public Optional<HostRegion> region(String regionName) {
        return hostRegions.stream().filter(r -> r.name().equals(regionName)).findFirst();
    }

    /** The host region holding {@code [address, address + bytes)}, or empty. */
    public Optional<HostRegion> regionAt(long address, long bytes) {
        return hostRegions.stream().filter(r -> r.contains(address, bytes)).findFirst();
    }
}
