// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sinapsis.networks.reference.Int8Tensor;
import org.sinapsis.networks.reference.Tensor;

/**
 * The outputs of a functional run on the FPGA machine.
 *
 * @param outputs every network output node's values, by name, in network order
 * @param int8Outputs every output node's int8 codes in an int8 run; empty otherwise
 */
public record FpgaFunctionalResult(Map<String, Tensor> outputs, Map<String, Int8Tensor> int8Outputs) {

    /** Copies the maps. */
    public FpgaFunctionalResult {
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        int8Outputs = Collections.unmodifiableMap(new LinkedHashMap<>(int8Outputs));
    }

    /** The first output's values (a classifier's scores). */
    public Tensor firstOutput() {
        return outputs.values().iterator().next();
    }
}
