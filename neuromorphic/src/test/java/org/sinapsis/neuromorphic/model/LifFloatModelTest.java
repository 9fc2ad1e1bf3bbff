// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.model;

import org.sinapsis.isa.chip.CoreProgram;

/** The ideal floating-point model meets the same hand-computed rasters. */
class LifFloatModelTest extends NeuronModelContractTest {

    @Override
    NeuronModel create(CoreProgram core) {
        return new LifFloatModel(core);
    }
}
