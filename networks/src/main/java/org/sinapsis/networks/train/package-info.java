// SPDX-License-Identifier: Apache-2.0
/**
 * Training image classifiers, as a deep-learning course teaches it: forward pass, softmax
 * cross-entropy cost, back-propagation, mini-batch SGD with momentum or Adam, L2 weight decay,
 * a validation split with early stopping, He/Xavier initialization
 * ({@link org.sinapsis.networks.train.Trainer}, configured by
 * {@link org.sinapsis.networks.train.TrainingConfig}); and trained models as files
 * ({@link org.sinapsis.networks.train.TrainedModels}, with the bundled Fashion-MNIST models).
 *
 * <p>The forward pass is the fp32 reference executor's, bit for bit (EJML products in the same
 * order); each layer's backward pass is checked against finite differences in the tests.
 * Training is deterministic: the same data, configuration and seed give the same parameters
 * for any thread count and on any platform.
 *
 * <p>Owns: the trainable-layer computations, the optimizers and the bundled model resources.
 * May import {@code org.sinapsis.networks}, {@code .ir}, {@code .reference}, {@code .data} and
 * {@code .io}; must not import {@code .zoo} (networks come from the caller) or any other
 * sinapsis module, and never prints: progress goes to a
 * {@link org.sinapsis.networks.train.TrainingListener}.
 */
package org.sinapsis.networks.train;
