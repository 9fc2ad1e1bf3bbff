// SPDX-License-Identifier: Apache-2.0
/**
 * ANN-to-SNN compilation for the neuromorphic chips: conversion of a ReLU network (Dense, Conv2D,
 * average pooling) to integrate-and-fire layers with data-based weight and threshold
 * normalization ({@link org.sinapsis.compilers.snn.AnnToSnnConverter}), fan-in splitting into
 * signed partial sums ({@link org.sinapsis.compilers.snn.FanInSplitter}), quantization to a chip's
 * weight constraints ({@link org.sinapsis.compilers.snn.ChipQuantizer}), partitioning into cores
 * with neuron copies where a chip's fan-out is limited ({@link org.sinapsis.compilers.snn.CoreMapper}),
 * hop-reducing placement ({@link org.sinapsis.compilers.snn.CorePlacer}) and routing, all behind
 * {@link org.sinapsis.compilers.snn.SnnCompiler}. The result is an
 * {@link org.sinapsis.isa.chip.ChipConfig}: the chip runs it without depending on this package.
 *
 * <p>Must not import {@code org.sinapsis.neuromorphic}, {@code .simulator} or {@code .cli}.
 */
package org.sinapsis.compilers.snn;
