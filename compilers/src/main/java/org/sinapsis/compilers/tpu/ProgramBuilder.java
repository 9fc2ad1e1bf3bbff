// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.tpu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.isa.program.HostRegion;
import org.sinapsis.isa.program.TpuConfig;
import org.sinapsis.isa.program.TpuField;
import org.sinapsis.isa.program.TpuFlags;
import org.sinapsis.isa.program.TpuInstruction;
import org.sinapsis.isa.program.TpuOpcode;
import org.sinapsis.isa.program.TpuProgram;
import org.sinapsis.isa.program.TpuUnit;
import org.sinapsis.isa.program.TpuWeightImage;
import org.sinapsis.isa.program.UbAccess;
import org.sinapsis.isa.target.InfeasibleException;

/**
 * Collects a TPU program in layer order and finishes it in three passes:
 * <ol>
 *   <li>weight prefetch: a Read_Weights for tile {@code j} goes right after the matrix instruction
 *       of tile {@code j - D} ({@code D} = FIFO depth + 1, the most tiles that can be in flight
 *       without waiting for a slot a later instruction frees), the first {@code D} at the start,
 *       so weight memory streams ahead across layer boundaries;</li>
 *   <li>configuration slots: the blocks a layer uses are loaded at its start, round robin over
 *       the 256 slots, unless still resident;</li>
 *   <li>synchronization: before any instruction that reads Unified Buffer rows another unit
 *       writes, or writes rows another unit reads, since the last sync on that unit, a sync on
 *       exactly those units (the explicit synchronization of the TPU), by the same rule the
 *       validator checks.</li>
 * </ol>
 */
final class ProgramBuilder {
    private static final int SLOTS = 256;
    private static final long HOST_ALIGN = 256;

    private sealed interface Item permits Plain, Matrix, LoadConfigs {
    }

    private record Plain(TpuInstruction in, TpuConfig config) implements Item {
    }

    private record Matrix(TileRef tile, TpuInstruction in, TpuConfig config) implements Item {
    }

    private record LoadConfigs(List<TpuConfig> configs, String layer) implements Item {
    }

    private final TpuSpec spec;
    private final String target;
    private final List<Item> items = new ArrayList<>();
    private final List<HostRegion> regions = new ArrayList<>();
    private long hostNext;

    ProgramBuilder(TpuSpec spec) {
        this.spec = spec;
        this.target = spec.name();
    }

    /** Reserves a host region; returns its address. */
    long region(String name, long bytes, HostRegion.Kind kind) {
        long address = hostNext;
        regions.add(new HostRegion(name, address, bytes, kind));
        hostNext = align(address + bytes);
        return address;
    }

    /** Loads the configuration blocks a layer uses, at its start. */
    void loadConfigs(Collection<TpuConfig> configs, String layer) {
        items.add(new LoadConfigs(List.copyOf(configs), layer));
    }

    /** An instruction; {@code config} (or null) is the block its CONFIG operand names. */
    void add(TpuInstruction in, TpuConfig config) {
        items.add(new Plain(in, config));
    }

    /** A matrix instruction on its own tile: it switches to {@code tile}, which the prefetch pass fetches. */
    void matrix(TileRef tile, TpuInstruction in, TpuConfig config) {
        items.add(new Matrix(tile, in, config));
    }

    /** The finished program. */
    TpuProgram build(String name, TpuWeightImage weights) {
        Map<TpuConfig, Long> addresses = new IdentityHashMap<>();
        List<TpuInstruction> code = new ArrayList<>();
        List<TpuConfig> codeConfigs = new ArrayList<>();
        List<TileRef> tiles = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Matrix m) {
                tiles.add(m.tile());
            } else if (item instanceof LoadConfigs l) {
                for (TpuConfig c : l.configs()) {
                    addresses.computeIfAbsent(c, k -> {
                        long a = hostNext;
                        hostNext = align(a + k.bytes());
                        return a;
                    });
                }
            }
        }
        int ahead = spec.weightFifoTiles() + 1;
        for (int j = 0; j < Math.min(ahead, tiles.size()); j++) {
            emit(code, codeConfigs, readWeights(tiles.get(j)), null);
        }
        TpuConfig[] slotContent = new TpuConfig[SLOTS];
        Map<TpuConfig, Integer> resident = new IdentityHashMap<>();
        int nextSlot = 0;
        int matrixIndex = 0;
        for (Item item : items) {
            if (item instanceof LoadConfigs l) {
                if (l.configs().size() > SLOTS) {
                    throw new InfeasibleException(target, "configuration slots", "layer '" + l.layer() + "' needs "
                            + l.configs().size() + " configuration blocks at once, the TPU has " + SLOTS + " slots");
                }
                for (TpuConfig c : l.configs()) {
                    if (resident.containsKey(c)) {
                        continue;
                    }
                    int slot = nextSlot;
                    nextSlot = (nextSlot + 1) % SLOTS;
                    if (slotContent[slot] != null) {
                        resident.remove(slotContent[slot]);
                    }
                    slotContent[slot] = c;
                    resident.put(c, slot);
                    emit(code, codeConfigs, TpuInstruction.setConfig(slot, addresses.get(c), c.bytes()), null);
                }
            } else if (item instanceof Plain p) {
                emit(code, codeConfigs, withSlot(p.in(), p.config(), resident), p.config());
            } else if (item instanceof Matrix m) {
                TpuInstruction in = withSlot(m.in(), m.config(), resident);
                long[] ops = in.operands();
                ops[in.opcode().indexOf(TpuField.FLAGS)] |= TpuFlags.SWITCH;
                emit(code, codeConfigs, new TpuInstruction(in.opcode(), ops), m.config());
                int next = matrixIndex + ahead;
                if (next < tiles.size()) {
                    emit(code, codeConfigs, readWeights(tiles.get(next)), null);
                }
                matrixIndex++;
            }
        }
        emit(code, codeConfigs, TpuInstruction.halt(), null);
        Map<Long, TpuConfig> configs = new LinkedHashMap<>();
        addresses.forEach((c, a) -> configs.put(a, c));
        return new TpuProgram(name, synchronize(code, codeConfigs), regions, configs, weights);
    }

    private static TpuInstruction readWeights(TileRef t) {
        return TpuInstruction.readWeights(t.address(), t.rows(), t.cols());
    }

    private TpuInstruction withSlot(TpuInstruction in, TpuConfig config, Map<TpuConfig, Integer> resident) {
        if (config == null) {
            return in;
        }
        Integer slot = resident.get(config);
        if (slot == null) {
            throw new IllegalStateException("configuration used before its layer loaded it");
        }
        long[] ops = in.operands();
        ops[in.opcode().indexOf(TpuField.CONFIG)] = slot;
        return new TpuInstruction(in.opcode(), ops);
    }

    private static void emit(List<TpuInstruction> code, List<TpuConfig> configs, TpuInstruction in, TpuConfig c) {
        code.add(in);
        configs.add(c);
    }

    /** Inserts the syncs the Unified Buffer hazards need. */
    private static List<TpuInstruction> synchronize(List<TpuInstruction> code, List<TpuConfig> configs) {
        Map<TpuUnit, RowIntervals> reads = new EnumMap<>(TpuUnit.class);
        Map<TpuUnit, RowIntervals> writes = new EnumMap<>(TpuUnit.class);
        for (TpuUnit u : TpuUnit.values()) {
            reads.put(u, new RowIntervals());
            writes.put(u, new RowIntervals());
        }
        List<TpuInstruction> out = new ArrayList<>(code.size() + code.size() / 8);
        for (int i = 0; i < code.size(); i++) {
            TpuInstruction in = code.get(i);
            TpuUnit unit = in.opcode().unit().orElse(null);
            List<UbAccess> accesses = UbAccess.of(in, configs.get(i));
            int mask = 0;
            for (UbAccess a : accesses) {
                for (TpuUnit u : TpuUnit.values()) {
                    if (u != unit && (writes.get(u).overlaps(a.fromRow(), a.toRow())
                            || a.write() && reads.get(u).overlaps(a.fromRow(), a.toRow()))) {
                        mask |= u.maskBit();
                    }
                }
            }
            if (mask != 0) {
                out.add(TpuInstruction.sync(mask));
                for (TpuUnit u : TpuUnit.values()) {
                    if ((mask & u.maskBit()) != 0) {
                        reads.get(u).clear();
                        writes.get(u).clear();
                    }
                }
            }
            if (in.opcode() == TpuOpcode.SYNC) {
                throw new IllegalStateException("the builder inserts every sync itself");
            }
            for (UbAccess a : accesses) {
                (a.write() ? writes : reads).get(unit).add(a.fromRow(), a.toRow());
            }
            out.add(in);
        }
        return out;
    }

    private static long align(long address) {
        return (address + HOST_ALIGN - 1) / HOST_ALIGN * HOST_ALIGN;
    }
}
