// SPDX-License-Identifier: Apache-2.0
/**
 * The spiking chip: processes ({@code .process}: populations and synapse groups), neuron models
 * ({@code .model}), the tick runtime ({@code .runtime}) and the chip ({@code .chip}: cores,
 * crossbars, routers, timing and event counts). Lava's split: a process says what, a model how, the
 * runtime when.
 *
 * <p>Depends on {@code isa}, {@code networks} and {@code traces}. It must not import
 * {@code org.sinapsis.compilers}, {@code .simulator} or {@code .cli}: the chip runs the
 * configurations defined in {@code isa}.
 */
package org.sinapsis.neuromorphic;
