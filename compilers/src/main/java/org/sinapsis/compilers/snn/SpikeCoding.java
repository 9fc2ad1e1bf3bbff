// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

/**
 * How activations become spike counts: both are rate codes with reset by subtraction (Rueckauer
 * et al., Front. Neurosci. 2017), differing in where every neuron and input encoder starts.
 */
public enum SpikeCoding {
    /**
     * Rate coding: membranes and encoders start at 0, so over T ticks a neuron with normalized
     * activation a fires {@code floor(a T)} times (a systematic error of up to one spike per layer).
     */
    RATE,
    /**
     * Lower-latency rate coding: membranes start at half the threshold and encoders at phase 1/2,
     * so a neuron fires {@code round(a T)} times: the expected quantization error of every layer
     * is 0 instead of -1/2 spike, which needs fewer ticks for the same accuracy (the theta/2
     * initial potential of Bu et al., ICLR 2022, "Optimal ANN-SNN conversion for high-accuracy
     * and ultra-low-latency spiking neural networks"; status U, from memory).
     */
    RATE_HALF_THRESHOLD
}
