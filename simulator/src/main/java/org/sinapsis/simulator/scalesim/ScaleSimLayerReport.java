// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

/**
 * One row of each of SCALE-Sim's three reports for one layer. Cycles are array cycles (SCALE-Sim
 * reports the index of the last cycle); accesses are words; DRAM start cycles are negative when
 * data is prefetched before the first demand.
 *
 * @param layerId the 0-based row of the reports
 * @param layerName the layer's name (SCALE-Sim's reports leave it out)
 * @param macs multiply-accumulates of the layer
 * @param arrayPes PEs of the array
 * @param totalCycles index of the last cycle (Total Cycles)
 * @param stallCycles cycles the array waited for memory (Stall Cycles)
 * @param mappingEfficiencyPercent mean mapped PEs per fold, in percent
 * @param computeUtilPercent mean computing PE-cycles per fold, in percent
 * @param sramIfmapReads ifmap SRAM reads
 * @param sramFilterReads filter SRAM reads
 * @param sramOfmapWrites ofmap SRAM writes
 * @param sramStartCycles first cycle with an SRAM access, per operand (ifmap, filter, ofmap)
 * @param sramStopCycles last cycle with an SRAM access, per operand
 * @param dramIfmapReads ifmap words read from DRAM
 * @param dramFilterReads filter words read from DRAM
 * @param dramOfmapWrites ofmap words written to DRAM
 * @param dramStartCycles first DRAM trace cycle, per operand
 * @param dramStopCycles last DRAM trace cycle, per operand
 */
public record ScaleSimLayerReport(int layerId, String layerName, long macs, long arrayPes, long totalCycles,
        long stallCycles, double mappingEfficiencyPercent, double computeUtilPercent, long sramIfmapReads,
        long sramFilterReads, long sramOfmapWrites, long[] sramStartCycles, long[] sramStopCycles,
        long dramIfmapReads, long dramFilterReads, long dramOfmapWrites, long[] dramStartCycles,
        long[] dramStopCycles) {

    /** Copies the arrays. */
    public ScaleSimLayerReport {
        sramStartCycles = sramStartCycles.clone();
        sramStopCycles = sramStopCycles.clone();
        dramStartCycles = dramStartCycles.clone();
        dramStopCycles = dramStopCycles.clone();
    }

    /** Overall Util %: {@code macs 100 / (totalCycles PEs)}. */
    public double overallUtilPercent() {
        return (double) (macs * 100) / (double) (totalCycles * arrayPes);
    }

    /** A copy of the SRAM start cycles (ifmap, filter, ofmap). */
    @Override
    public long[] sramStartCycles() {
        return sramStartCycles.clone();
    }

    /** A copy of the SRAM stop cycles (ifmap, filter, ofmap). */
    @Override
    public long[] sramStopCycles() {
        return sramStopCycles.clone();
    }

    /** A copy of the DRAM start cycles (ifmap, filter, ofmap). */
    @Override
    public long[] dramStartCycles() {
        return dramStartCycles.clone();
    }

    /** A copy of the DRAM stop cycles (ifmap, filter, ofmap). */
    @Override
    public long[] dramStopCycles() {
        return dramStopCycles.clone();
    }
}
