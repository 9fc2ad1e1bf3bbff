// SPDX-License-Identifier: Apache-2.0
/**
 * Importers that turn workload files into the network IR: today SCALE-Sim v2 topology CSVs
 * ({@link org.sinapsis.networks.io.TopologyCsvReader}, conv and gemm formats).
 *
 * <p>Owns: file formats and their error messages. Every user error is an
 * {@link org.sinapsis.networks.InvalidInputException} of one line naming the file, line and
 * column; no raw {@code IOException} or {@code NumberFormatException} leaves this package.
 *
 * <p>Imports only {@code org.sinapsis.networks} and {@code org.sinapsis.networks.ir}; must not
 * import {@code .zoo}, {@code .reference}, {@code .data}, {@code .train} or any other sinapsis
 * module.
 */
package org.sinapsis.networks.io;
