// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.networks.InvalidInputException;

class MnistFilesTest {

    @Test
    void loadsBothSplitsPlainOrGzip(@TempDir Path dir) throws Exception {
        IdxFiles.writeMnistDirectory(dir, 12, 5);
        assertTrue(MnistFiles.presentIn(dir));
        MnistFiles files = MnistFiles.in("tiny", dir, "--data");
        ImageDataset train = files.train();
        assertEquals("tiny train", train.name());
        assertEquals(12, train.size());
        assertEquals(4, train.height());
        assertEquals(3, train.width());
        assertEquals(11 % 10, train.label(11));
        ImageDataset test = files.test();
        assertEquals("tiny test", test.name());
        assertEquals(5, test.size());
    }

    @Test
    void namesTheMissingFileAndTheLayout(@TempDir Path dir) throws Exception {
        IdxFiles.writeMnistDirectory(dir, 2, 2);
        Files.delete(dir.resolve("t10k-labels-idx1-ubyte"));
        assertFalse(MnistFiles.presentIn(dir));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MnistFiles.in("x", dir, "--data"));
        assertTrue(e.getMessage().startsWith("--data: '" + dir + "' has no t10k-labels-idx1-ubyte[.gz]; an"
                + " MNIST-format directory holds"), e.getMessage());
        InvalidInputException notDir = assertThrows(InvalidInputException.class,
                () -> MnistFiles.in("x", dir.resolve("none"), "--data"));
        assertEquals("--data: '" + dir.resolve("none") + "' is not a directory", notDir.getMessage());
    }

    @Test
    void acceptsTheDottedNamesOfSomeMirrors(@TempDir Path dir) throws Exception {
        IdxFiles.writeMnistDirectory(dir, 3, 2);
        Files.move(dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-images.idx3-ubyte.gz"));
        assertEquals(3, MnistFiles.in("x", dir, "--data").train().size());
    }

    @Test
    void mismatchedCountsAndBadLabelsAreErrors(@TempDir Path dir) throws Exception {
        IdxFiles.writeMnistDirectory(dir, 4, 2);
        Path labels = dir.resolve("t10k-labels-idx1-ubyte");
        Files.write(labels, IdxFiles.idx(new int[] {3}, IdxFiles.labels(3)));
        MnistFiles files = MnistFiles.in("x", dir, "--data");
        InvalidInputException count = assertThrows(InvalidInputException.class, files::test);
        assertEquals(labels + ": dimensions: 3 labels for the 2 images of " + dir.resolve("t10k-images-idx3-ubyte"),
                count.getMessage());
        Files.write(labels, IdxFiles.idx(new int[] {2}, new byte[] {1, 10}));
        InvalidInputException label = assertThrows(InvalidInputException.class, files::test);
        assertEquals(labels + ": label 1: class 10 is not in [0, 10)", label.getMessage());
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), IdxFiles.idx(new int[] {24}, IdxFiles.pixels(2, 4, 3)));
        InvalidInputException rank = assertThrows(InvalidInputException.class, files::test);
        assertTrue(rank.getMessage().endsWith("images need 3 dimensions [count, rows, columns], the file has [24]"),
                rank.getMessage());
    }
}
