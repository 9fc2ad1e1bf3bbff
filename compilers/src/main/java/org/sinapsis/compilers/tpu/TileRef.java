// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.tpu;

/**
 * A weight tile in weight memory: {@code rows x cols} bytes, row-major, at {@code address}.
 *
 * @param address first byte in weight memory
 * @param rows reduction rows
 * @param cols output columns
 */
record TileRef(long address, int rows, int cols) {
}
