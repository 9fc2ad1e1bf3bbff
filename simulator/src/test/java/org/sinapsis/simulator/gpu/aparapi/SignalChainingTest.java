// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.zoo.Zoo;

/**
 * PoCL's LLVM installs its own SIGSEGV, SIGBUS, SIGFPE and SIGUSR2 handlers over the JVM's when
 * OpenCL loads (seen with {@code -Xcheck:jni}), and the JVM then dies now and then on a signal it
 * uses itself. The JDK's libjsig chains the handlers; the launcher and the build preload it. This
 * test fails when the build stops doing so.
 */
class SignalChainingTest {

    @Test
    @Tag("gpu")
    void theJvmsSignalHandlersAreChainedWhileOpenClIsLoaded() throws IOException {
        ExecutionDevice device = OpenClDevices.required();
        Path jsig = Path.of(System.getProperty("java.home"), "lib", "libjsig.so");
        Path maps = Path.of("/proc/self/maps");
        assumeTrue(Files.exists(jsig) && Files.exists(maps), "signal chaining through libjsig is a Linux JDK feature");
        AparapiNetworkRunnerTest.worstError(Zoo.find("perceptron").orElseThrow().network(), 1, device);
        assertTrue(Files.readString(maps).contains("libjsig.so"), "the JVM runs OpenCL without libjsig; start it with"
                + " LD_PRELOAD=" + jsig + " (the sinapsis launcher and the build's test JVMs do)");
    }
}
