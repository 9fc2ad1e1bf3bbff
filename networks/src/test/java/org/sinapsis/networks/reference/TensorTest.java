// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.ir.TensorShape;

class TensorTest {

    @Test
    void indexesRowMajorWithTheBatchOutermost() {
        float[] data = new float[2 * 2 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        Tensor t = new Tensor(2, TensorShape.of(2, 3), data);
        assertEquals(5, t.get(0, 1, 2));
        assertEquals(7, t.get(1, 0, 1));
        assertEquals(6, t.exampleSize());
        assertArrayEquals(new float[] {6, 7, 8, 9, 10, 11}, t.example(1).data());
        assertThrows(IndexOutOfBoundsException.class, () -> t.get(2, 0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> t.get(0, 0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> t.get(0, 0));
    }

    @Test
    void validatesTheNumberOfValues() {
        assertThrows(IllegalArgumentException.class, () -> new Tensor(2, TensorShape.of(3), new float[5]));
        assertThrows(IllegalArgumentException.class, () -> new Tensor(0, TensorShape.of(3), new float[0]));
    }

    @Test
    void concatenatesAndComparesByValue() {
        Tensor a = Tensor.of(TensorShape.of(2), 1, 2);
        Tensor b = new Tensor(2, TensorShape.of(2), new float[] {3, 4, 5, 6});
        Tensor all = Tensor.concat(List.of(a, b));
        assertEquals(new Tensor(3, TensorShape.of(2), new float[] {1, 2, 3, 4, 5, 6}), all);
        assertEquals(all.hashCode(), new Tensor(3, TensorShape.of(2), new float[] {1, 2, 3, 4, 5, 6}).hashCode());
        assertEquals(b, all.examples(1, 2));
        assertNotEquals(a, Tensor.of(TensorShape.of(2), 1, 3));
        assertEquals(Tensor.zeros(2, TensorShape.of(2)), new Tensor(2, TensorShape.of(2), new float[4]));
        assertThrows(IllegalArgumentException.class, () -> Tensor.concat(List.of(a, Tensor.of(TensorShape.of(1), 1))));
        assertEquals("Tensor[batch=3, shape=[2]]", all.toString());
    }

    @Test
    void int8TensorsDequantizeAndCompareByValue() {
        Int8Tensor q = new Int8Tensor(1, TensorShape.of(3), new byte[] {-127, 0, 64}, 0.5);
        assertArrayEquals(new float[] {-63.5f, 0, 32}, q.dequantize().data());
        assertEquals(q, new Int8Tensor(1, TensorShape.of(3), new byte[] {-127, 0, 64}, 0.5));
        assertNotEquals(q, new Int8Tensor(1, TensorShape.of(3), new byte[] {-127, 0, 64}, 0.25));
        assertThrows(IllegalArgumentException.class, () -> new Int8Tensor(1, TensorShape.of(3), new byte[3], 0));
        assertThrows(IllegalArgumentException.class, () -> new Int8Tensor(1, TensorShape.of(3), new byte[2], 1));
    }
}
