// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.tpu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sinapsis.isa.program.TpuWeightImage;

/** Collects one weight-memory segment per layer; builds their bytes when the image is built. */
final class WeightImageBuilder {
    private record Pending(long address, int bytes, Supplier<byte[]> content) {
    }

    private final List<Pending> pending = new ArrayList<>();

    /** A segment of {@code bytes} bytes at {@code address}, made by {@code content} when built. */
    void add(long address, int bytes, Supplier<byte[]> content) {
        if (bytes > 0) {
            pending.add(new Pending(address, bytes, content));
        }
    }

    /** The image, every segment made now. */
    TpuWeightImage build() {
        List<TpuWeightImage.Segment> segments = new ArrayList<>();
        for (Pending p : pending) {
            byte[] bytes = p.content().get();
            if (bytes.length != p.bytes()) {
                throw new IllegalStateException("segment at " + p.address() + " is " + bytes.length + " bytes, expected "
                        + p.bytes());
            }
            segments.add(new TpuWeightImage.Segment(p.address(), bytes));
        }
        return TpuWeightImage.of(segments);
    }
}
