// SPDX-License-Identifier: Apache-2.0
/**
 * How work is mapped: printable loop nests per storage level ({@link org.sinapsis.isa.mapping.Mapping},
 * Timeloop's {@code map.txt} shape through {@link org.sinapsis.isa.mapping.MappingPrinter}) over a
 * layer's GEMM view, the preset mapping of each systolic dataflow
 * ({@link org.sinapsis.isa.mapping.DataflowMappings}), and the reading of a mapping as an array
 * schedule with operand roles ({@link org.sinapsis.isa.mapping.ArrayMapping}) that machines use
 * instead of a dataflow name.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .neuromorphic} or
 * {@code .cli}.
 */
package org.sinapsis.isa.mapping;
