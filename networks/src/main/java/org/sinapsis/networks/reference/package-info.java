// SPDX-License-Identifier: Apache-2.0
/**
 * The reference executors every machine is checked against.
 *
 * <ul>
 *   <li><b>fp32</b>: {@link org.sinapsis.networks.reference.Fp32Executor} runs a network with
 *       {@link org.sinapsis.networks.reference.NetworkParameters} on
 *       {@link org.sinapsis.networks.reference.Tensor}s (row-major, batch outermost, the layouts of
 *       the IR's layer records). Machines that are not int8 match it within a tolerance they
 *       state.</li>
 *   <li><b>int8</b>: {@link org.sinapsis.networks.reference.Quantizer} turns a network, its
 *       parameters and calibration inputs into a {@link org.sinapsis.networks.reference.QuantizedNetwork}
 *       (one {@link org.sinapsis.networks.reference.QuantizedLayer} record per node, holding the
 *       integer weights, biases, scales, fixed-point multipliers and tables), and
 *       {@link org.sinapsis.networks.reference.Int8Executor} runs it. It is the bit-exact target of
 *       every int8 machine: the integer arithmetic is specified once, in
 *       {@link org.sinapsis.networks.reference.Int8Arithmetic}, which machines call too.</li>
 * </ul>
 *
 * <p>The int8 scheme in one paragraph: symmetric codes in [-127, 127] with zero point 0; weights
 * scaled per output channel (or per tensor), activations per tensor from fp32 calibration
 * (abs-max or a percentile); Dense and Conv2D accumulate int8 x int8 products exactly in int32
 * with an int32 bias and requantize with {@code roundShift(acc * mantissa, shift)} (round half
 * up) and saturation; residual Adds use a two-term multiplier with one shift; pooling is exact
 * (average rounds half up); Sigmoid and Tanh are 256-entry tables and Softmax runs on the host in
 * floating point, all with outputs at scale 1/127; LSTM and GRU use int8 products, Q3.12 gate
 * pre-activations and cell state, Q0.15 gate values and int8 hidden states at scale 1/127.
 *
 * <p>Determinism: the same inputs, parameters and seeds give the same bits for any thread count
 * (work is split into tasks whose boundaries depend only on layer sizes) and on any platform
 * (transcendental functions use {@link java.lang.StrictMath}).
 *
 * <p>Must not import anything outside {@code org.sinapsis.networks} (EJML and the JDK excepted),
 * nor {@code org.sinapsis.networks.zoo}, {@code .io} or {@code .data}.
 */
package org.sinapsis.networks.reference;
