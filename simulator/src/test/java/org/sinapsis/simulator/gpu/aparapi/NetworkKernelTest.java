// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aparapi.internal.model.ClassModel;
import com.aparapi.internal.writer.KernelWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Aparapi translates the kernel to OpenCL on any host (the translation needs no device): a kernel
 * it could not translate would fall back to Java on every device. Guards the limits the kernel
 * is written around.
 */
class NetworkKernelTest {

    @Test
    void aparapiTranslatesTheWholeKernelToOpenCl() throws Exception {
        NetworkKernel kernel = new NetworkKernel(new float[1], new float[1], new float[1], new float[1],
                new int[Param.COUNT_OF]);
        String openCl = KernelWriter.writeToString(ClassModel.createClassModel(NetworkKernel.class)
                .getEntrypoint("run", kernel));
        assertTrue(openCl.contains("__kernel void run("), "an OpenCL kernel entry point");
        assertTrue(openCl.contains("__local float *tileA_$local$"), "A's tile in local memory");
        assertTrue(openCl.contains("barrier(CLK_LOCAL_MEM_FENCE)"), "the GEMM's barriers");
        for (String op : new String[] {"gemm", "pool", "softmax", "lstmCell", "gruCell", "embedding"}) {
            assertTrue(openCl.contains("NetworkKernel__" + op + "("), op + " is an OpenCL function");
        }
        assertFalse(openCl.contains("switch"), "no switch: Aparapi 3.0.2 disables it");
    }

    @Test
    void theKernelsArgumentsAreItsFiveBuffersAndTheLaunchIndex() {
        int arrays = 0;
        int scalars = 0;
        for (Field f : NetworkKernel.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getName().endsWith("$local$")) {
                continue;
            }
            if (f.getType().isArray()) {
                arrays++;
            } else {
                scalars++;
            }
        }
        assertEquals(5, arrays, "arena, weights, input, output, params");
        assertEquals(1, scalars, "launch: the only value that changes between launches");
    }

    @Test
    void theLaunchTableHasARowOfEveryParameter() throws Exception {
        int max = -1;
        for (Field f : Param.class.getDeclaredFields()) {
            if (f.getType() == int.class && !f.getName().equals("COUNT_OF")) {
                max = Math.max(max, f.getInt(null));
            }
        }
        assertEquals(Param.COUNT_OF, max + 1);
    }
}
