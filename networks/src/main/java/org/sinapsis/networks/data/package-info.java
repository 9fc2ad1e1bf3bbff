// SPDX-License-Identifier: Apache-2.0
/**
 * Input data for running networks: {@link org.sinapsis.networks.data.SyntheticInputs}, seeded
 * random batches shaped for any network (uniform floats, or token ids for Embedding inputs);
 * real image data sets, read from IDX files ({@link org.sinapsis.networks.data.IdxReader},
 * plain or gzip) into {@link org.sinapsis.networks.data.ImageDataset}s (pixels scaled by 1/255
 * to [0, 1]) from an MNIST-format directory ({@link org.sinapsis.networks.data.MnistFiles}),
 * such as the installed Fashion-MNIST ({@link org.sinapsis.networks.data.FashionMnist}); and
 * {@link org.sinapsis.networks.data.LabelledSamples}, examples with their classes for accuracy.
 *
 * <p>Owns the reading and generation of input tensors and their error messages (one
 * {@link org.sinapsis.networks.InvalidInputException} naming the file; a data set is returned
 * whole or not at all); the tensor type itself belongs to
 * {@code org.sinapsis.networks.reference}. Must not import anything outside
 * {@code org.sinapsis.networks}, nor {@code .zoo} or {@code .io}.
 */
package org.sinapsis.networks.data;
