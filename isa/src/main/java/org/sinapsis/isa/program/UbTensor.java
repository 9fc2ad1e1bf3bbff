// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.Objects;

/**
 * Where a batch of {@code [channels, height, width]} int8 tensors sits in the Unified Buffer (or in
 * host memory laid out in Unified Buffer rows, as the host sends it).
 *
 * @param baseRow the first row
 * @param rowBytes bytes per row (the matrix unit's column count)
 * @param batch examples
 * @param channels channels (features of a vector or a sequence step)
 * @param height rows of a feature map, or sequence steps
 * @param width columns of a feature map (1 for vectors and sequences)
 * @param layout the element order
 */
public record UbTensor(long baseRow, int rowBytes, int batch, int channels, int height, int width, UbLayout layout) {

    /** Validates the sizes. */
    public UbTensor {
        Objects.requireNonNull(layout, "layout");
        if (baseRow < 0 || rowBytes < 1 || batch < 1 || channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("invalid UB tensor: base " + baseRow + ", row " + rowBytes + " B, "
                    + batch + " x [" + channels + ", " + height + ", " + width + "]");
        }
        if (layout == UbLayout.STEP_MAJOR && width != 1) {
            throw new IllegalArgumentException("a step-major sequence has width 1, got " + width);
        }
    }

    /** Channel chunks of {@code rowBytes} channels (chunked layouts). */
    public int chunks() {
        return (channels + rowBytes - 1) / rowBytes;
    }

    /** Pixels of one example: {@code height width}. */
    public long pixels() {
        return (long) height * width;
    }

    /** Rows of one packed example. */
    public long packedRowsPerExample() {
        return (pixels() * channels + rowBytes - 1) / rowBytes;
    }

    /** Rows the tensor occupies. */
    public long rows() {
        return layout == UbLayout.PACKED ? batch * packedRowsPerExample() : (long) chunks() * batch * pixels();
    }

    /** Bytes of the rows the tensor occupies. */
    public long bytes() {
        return rows() * rowBytes;
    }

    /** The same tensor starting at {@code row}. */
    public UbTensor at(long row) {
        return new UbTensor(row, rowBytes, batch, channels, height, width, layout);
    }

    /** The first row of channel chunk {@code chunk} (chunked layouts), all examples following. */
    public long chunkRow(int chunk) {
        if (layout == UbLayout.PACKED) {
            throw new IllegalStateException("a packed tensor has no channel chunks");
        }
        return baseRow + chunk * batch * pixels();
    }

    /**
     * The byte address ({@code row rowBytes + column}) of element {@code (n, c, y, x)}:
     * {@code baseRow rowBytes + exampleOffset(n) + channelOffset(c) + y rowStride() + x columnStride()}.
     */
    public long address(int n, int c, int y, int x) {
        return baseRow * rowBytes + exampleOffset(n) + channelOffset(c) + y * rowStride() + x * columnStride();
    }

    /** Bytes from the tensor's first byte to example {@code n}'s element (0, 0, 0) less its channel offset. */
    public long exampleOffset(int n) {
        return switch (layout) {
            case PIXEL_MAJOR -> n * pixels() * rowBytes;
            case STEP_MAJOR -> (long) n * rowBytes;
            case PACKED -> n * packedRowsPerExample() * rowBytes;
        };
    }

    /** Bytes channel {@code c} adds to an element's address. */
    public long channelOffset(int c) {
        return switch (layout) {
            case PIXEL_MAJOR -> (long) (c / rowBytes) * batch * pixels() * rowBytes + c % rowBytes;
            case STEP_MAJOR -> (long) (c / rowBytes) * height * batch * rowBytes + c % rowBytes;
            case PACKED -> c;
        };
    }

    /** Bytes between rows {@code y} and {@code y + 1} of a feature map (steps of a sequence). */
    public long rowStride() {
        return switch (layout) {
            case PIXEL_MAJOR -> (long) width * rowBytes;
            case STEP_MAJOR -> (long) batch * rowBytes;
            case PACKED -> (long) width * channels;
        };
    }

    /** Bytes between columns {@code x} and {@code x + 1} of a feature map. */
    public long columnStride() {
        return layout == UbLayout.PACKED ? channels : rowBytes;
    }
}
