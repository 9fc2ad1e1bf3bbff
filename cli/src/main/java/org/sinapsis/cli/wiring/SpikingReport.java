// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sinapsis.compilers.snn.SnnLayerSummary;
import org.sinapsis.compilers.snn.SpikeCoding;
import org.sinapsis.isa.chip.MappingReport;
import org.sinapsis.traces.format.NumberText;
import org.sinapsis.traces.format.TextTable;

/**
 * What a spiking run costs in accuracy, side by side (as snn_toolbox prints it): the float ANN,
 * the ANN with the chip's quantized weights, and the SNN on the chip after each number of time
 * steps for each spike coding; plus the compiled layers and the mapping.
 *
 * @param target the chip
 * @param network the network
 * @param samples labelled examples scored
 * @param annAccuracy top-1 accuracy of the fp32 network, as a fraction
 * @param quantizedAccuracy top-1 accuracy of the network with the chip's realized weights
 * @param timesteps the checkpoints, ascending
 * @param codings the codings simulated
 * @param snnAccuracy {@code snnAccuracy[c][k]}: coding {@code c} after {@code timesteps[k]} ticks
 * @param layers the compiled spiking layers (default coding)
 * @param mapping cores used, utilization and hops (default coding)
 */
public record SpikingReport(String target, String network, int samples, double annAccuracy, double quantizedAccuracy,
        int[] timesteps, List<SpikeCoding> codings, double[][] snnAccuracy, List<SnnLayerSummary> layers,
        MappingReport mapping) {

    /** Writes the report as readable tables (percent with two decimals). */
    public void writeText(Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "%nAccuracy on %s, %d labelled samples: ANN fp32 %s%%, ANN with %s"
                + " weights %s%%%n", network, samples, pct(annAccuracy), target, pct(quantizedAccuracy)));
        List<String> headers = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        headers.add("timesteps");
        numeric.add(true);
        for (SpikeCoding c : codings) {
            headers.add("SNN " + c.name().toLowerCase(Locale.ROOT).replace('_', '-') + " [%]");
            numeric.add(true);
        }
        TextTable t = new TextTable(headers, numeric);
        for (int k = 0; k < timesteps.length; k++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(timesteps[k]));
            for (int c = 0; c < codings.size(); c++) {
                row.add(pct(snnAccuracy[c][k]));
            }
            t.add(row);
        }
        t.writeText(out);
        writeMapping(out);
    }

    private void writeMapping(Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "%nCompiled for %s: %d cores of %d, mean utilization neurons %s%%,"
                + " axons %s%%, synapses %s%%; mean hops per route %s%n", target, mapping.coresUsed(),
                mapping.coresAvailable(), pct(mapping.meanNeuronUtilization()), pct(mapping.meanAxonUtilization()),
                pct(mapping.meanSynapseUtilization()), NumberText.significant(mapping.meanHops(), 3)));
        TextTable t = new TextTable(List.of("layer", "neurons", "synapses", "lambda", "threshold", "clipped w",
                "clipped b"), List.of(false, true, true, true, false, true, true));
        for (SnnLayerSummary l : layers) {
            t.add(List.of(l.name(), String.valueOf(l.neurons()), String.valueOf(l.synapses()),
                    NumberText.significant(l.lambda(), 4), l.minThreshold() == l.maxThreshold()
                            ? String.valueOf(l.minThreshold()) : l.minThreshold() + ".." + l.maxThreshold(),
                    String.valueOf(l.clippedWeights()), String.valueOf(l.clippedBiases())));
        }
        t.writeText(out);
        StringBuilder h = new StringBuilder("hop histogram [hops: routes]:");
        for (int i = 0; i < mapping.hopHistogram().size(); i++) {
            if (mapping.hopHistogram().get(i) > 0) {
                h.append(' ').append(i).append(": ").append(mapping.hopHistogram().get(i));
            }
        }
        out.write(h.append('\n').toString());
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.2f", 100 * fraction);
    }
}
