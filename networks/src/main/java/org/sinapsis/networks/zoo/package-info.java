// SPDX-License-Identifier: Apache-2.0
/**
 * The model zoo: reference networks built in code, looked up by name through
 * {@link org.sinapsis.networks.zoo.Zoo}.
 *
 * <p>Families: {@link org.sinapsis.networks.zoo.CourseNetworks} (small Fashion-MNIST, MNIST and
 * IMDB networks that the Java trainer can train), {@link org.sinapsis.networks.zoo.ImageNetNetworks}
 * (AlexNet, ResNet-50: published shapes for workload studies) and
 * {@link org.sinapsis.networks.zoo.TpuPaperWorkloads} (stand-ins for the six applications of
 * Table 1 of the TPU paper, whose real networks were never published). Every network's
 * description says what it is, where its shapes come from and what it leaves out.
 *
 * <p>Conventions: node names are short and follow the source's naming where it has one
 * ({@code conv1}, {@code fc6}, {@code res2a_branch2b}); activations are separate
 * {@link org.sinapsis.networks.ir.Activation} nodes named after the layer they follow
 * ({@code conv1_relu}); batch normalization is folded into the preceding convolution's bias.
 *
 * <p>Owns: the zoo entries and the network definitions. Imports only
 * {@code org.sinapsis.networks.ir}; must not import {@code .io}, {@code .reference},
 * {@code .data}, {@code .train} or any other sinapsis module.
 */
package org.sinapsis.networks.zoo;
