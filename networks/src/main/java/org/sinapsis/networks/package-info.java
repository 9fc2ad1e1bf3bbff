// SPDX-License-Identifier: Apache-2.0
/**
 * The workload side of sinapsis: the network IR ({@code .ir}), the model zoo ({@code .zoo}),
 * file formats ({@code .io}: topology importers, model files), the fp32 and int8 reference
 * executors ({@code .reference}), data ({@code .data}: synthetic inputs, IDX image sets) and
 * training ({@code .train}).
 *
 * <p>This module depends on no other sinapsis module. It must not import {@code org.sinapsis.isa},
 * {@code .traces}, {@code .compilers}, {@code .simulator}, {@code .neuromorphic} or {@code .cli}.
 * {@link org.sinapsis.networks.InvalidInputException} is the one exception type every module uses
 * for bad user input (exit code 2 in the CLI).
 */
package org.sinapsis.networks;
