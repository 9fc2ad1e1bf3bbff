// SPDX-License-Identifier: Apache-2.0
/**
 * File formats of the workload side: importers that turn workload files into the network IR
 * (SCALE-Sim v2 topology CSVs, {@link org.sinapsis.networks.io.TopologyCsvReader}, conv and
 * gemm formats), and model files, the trained parameter values of a network
 * ({@link org.sinapsis.networks.io.ModelFileWriter} documents the versioned format, a
 * safetensors file; {@link org.sinapsis.networks.io.ModelFileReader} checks a file against its
 * network). Readers and writers take streams, so callers choose how files are opened and
 * written (the CLI writes whole files atomically).
 *
 * <p>Owns: file formats and their error messages. Every user error is an
 * {@link org.sinapsis.networks.InvalidInputException} of one line naming the file, line and
 * column; no raw {@code IOException} or {@code NumberFormatException} leaves a reader. Writers
 * pass on the {@code IOException}s of the stream they write to.
 *
 * <p>Imports only {@code org.sinapsis.networks} and {@code org.sinapsis.networks.ir}; must not
 * import {@code .zoo}, {@code .reference}, {@code .data}, {@code .train} or any other sinapsis
 * module.
 */
package org.sinapsis.networks.io;
