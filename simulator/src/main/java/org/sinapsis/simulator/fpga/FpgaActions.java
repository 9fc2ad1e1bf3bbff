// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.EnumMap;
import java.util.Map;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.energy.ActionKey;
import org.sinapsis.isa.program.FpgaLayerShape;

/**
 * The actions the FPGA machine counts, priced by the presets' energy tables: {@code pe_array.mac_<precision>}
 * (useful MACs; idle lanes are not counted), {@code bram.read_byte} and {@code bram.write_byte}
 * (operand and partial-sum traffic of the on-chip buffers), {@code ddr.read_byte} and
 * {@code ddr.write_byte} (whole bursts), {@code vector_unit.op} (element operations) and
 * {@code board.static_cycle} (one per cycle of the run: static power).
 */
final class FpgaActions {
    static final ActionKey BRAM_READ = new ActionKey("bram", "read_byte");
    static final ActionKey BRAM_WRITE = new ActionKey("bram", "write_byte");
    static final ActionKey DDR_READ = new ActionKey("ddr", "read_byte");
    static final ActionKey DDR_WRITE = new ActionKey("ddr", "write_byte");
    static final ActionKey VECTOR_OP = new ActionKey("vector_unit", "op");
    static final ActionKey STATIC_CYCLE = new ActionKey("board", "static_cycle");
    private static final Map<Precision, ActionKey> MACS = new EnumMap<>(Precision.class);

    static {
        for (Precision p : Precision.values()) {
            MACS.put(p, new ActionKey("pe_array", "mac_" + p.label()));
        }
    }

    private FpgaActions() {
    }

    /** The MAC action of {@code precision}. */
    static ActionKey mac(Precision precision) {
        return MACS.get(precision);
    }

    /**
     * Adds the layer's work-dependent counts (MACs and on-chip buffer traffic) for one pass over
     * its nest: every MAC step reads Tn inputs (broadcast to the Tm rows) per output-channel tile,
     * each weight is read into its lane's register once per output tile, and every partial sum is
     * read and written once per step of each input-channel tile.
     */
    static void addComputeTraffic(ActionCounts.Builder b, FpgaTileGeometry g) {
        FpgaLayerShape s = g.shape;
        FpgaDatapath d = g.datapath;
        long passes = (long) g.instances() * s.timesteps();
        long kernel = (long) s.kernelH() * s.kernelW();
        long positions = (long) s.outRows() * s.outCols();
        long inputReads = passes * g.mTiles.length * kernel * positions * s.inChannels();
        long weightReads = passes * (long) g.rowTiles.length * g.colTiles.length * kernel * s.outChannels()
                * s.inChannels();
        long partialSums = passes * g.nTiles.length * kernel * positions * s.outChannels();
        long sumBytes = (partialSums * d.accumulatorBits() + 7) / 8;
        b.add(mac(d.precision()), s.macs());
        b.add(BRAM_READ, d.bytesFor(inputReads + weightReads) + sumBytes);
        b.add(BRAM_WRITE, sumBytes);
    }

    /** DDR traffic: reads land in the buffers, so they are block-RAM writes too. */
    static void addTransfers(ActionCounts.Builder b, long ddrReadBytes, long ddrWriteBytes) {
        b.add(DDR_READ, ddrReadBytes);
        b.add(DDR_WRITE, ddrWriteBytes);
        b.add(BRAM_WRITE, ddrReadBytes);
        b.add(BRAM_READ, ddrWriteBytes);
    }
}
