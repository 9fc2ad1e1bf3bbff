// SPDX-License-Identifier: Apache-2.0
/**
 * The reference executors every machine is checked against: {@link
 * org.sinapsis.networks.reference.Fp32Executor} (fp32, on the CPU) and the int8 path, made of
 * {@link org.sinapsis.networks.reference.Quantizer}, {@link
 * org.sinapsis.networks.reference.QuantizedNetwork} and {@link
 * org.sinapsis.networks.reference.Int8Executor}, whose integer arithmetic is specified once in
 * {@link org.sinapsis.networks.reference.Int8Arithmetic}.
 *
 * <p>Owns: {@link org.sinapsis.networks.reference.Tensor}, {@link
 * org.sinapsis.networks.reference.NetworkParameters} (initialization and validation of parameter
 * values), both executors and the quantization records machines read (weights, biases, scales,
 * fixed-point multipliers, lookup tables).
 *
 * <p>Contracts:
 * <ul>
 *   <li>Determinism: the same inputs, parameters and seed give the same bits, for any thread count
 *       and on any platform (work is split into tasks whose boundaries depend only on layer sizes;
 *       transcendental functions use {@link java.lang.StrictMath}).</li>
 *   <li>The int8 executor is the bit-exact target of every int8 machine: a machine that follows
 *       {@link org.sinapsis.networks.reference.Int8Arithmetic} reproduces its codes exactly.</li>
 *   <li>Tensors are row-major with the batch outermost, in the layouts of the IR's layer records.</li>
 * </ul>
 *
 * <p>Must not import anything outside {@code org.sinapsis.networks} (EJML and the JDK excepted),
 * and nothing from {@code org.sinapsis.networks.zoo}, {@code .io} or {@code .data}.
 */
package org.sinapsis.networks.reference;
