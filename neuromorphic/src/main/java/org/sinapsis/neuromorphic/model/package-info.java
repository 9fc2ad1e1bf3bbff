// SPDX-License-Identifier: Apache-2.0
/**
 * How neurons compute (Lava's process models): {@link org.sinapsis.neuromorphic.model.NeuronModel}
 * with integrate-and-fire / leaky integrate-and-fire in a bit-accurate fixed-point variant
 * ({@link org.sinapsis.neuromorphic.model.LifFixedModel}) and an ideal floating-point variant
 * ({@link org.sinapsis.neuromorphic.model.LifFloatModel}), stochastic binary neurons
 * ({@link org.sinapsis.neuromorphic.model.StochasticBinaryModel}), chosen by
 * {@link org.sinapsis.neuromorphic.model.NeuronModels} from the core's neuron kind and the run's
 * {@link org.sinapsis.isa.arch.ModelVariant}, and the counter-based random stream that keeps
 * stochastic runs identical whatever the thread count.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .cli} or the other
 * {@code neuromorphic} packages.
 */
package org.sinapsis.neuromorphic.model;
