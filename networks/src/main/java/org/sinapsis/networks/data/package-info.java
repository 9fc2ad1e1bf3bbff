// SPDX-License-Identifier: Apache-2.0
/**
 * Input data for running networks: {@link org.sinapsis.networks.data.SyntheticInputs}, seeded
 * random batches shaped for any network (uniform floats, or token ids for Embedding inputs), and
 * {@link org.sinapsis.networks.data.LabelledSamples}, examples with their classes for accuracy.
 *
 * <p>Owns the generation of input tensors; the tensor type itself belongs to
 * {@code org.sinapsis.networks.reference}. Must not import anything outside
 * {@code org.sinapsis.networks}, nor {@code .zoo} or {@code .io}.
 */
package org.sinapsis.networks.data;
