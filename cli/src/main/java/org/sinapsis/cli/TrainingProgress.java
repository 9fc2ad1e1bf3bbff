// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sinapsis.networks.train.EpochReport;
import org.sinapsis.networks.train.TrainingListener;

/**
 * Training progress on stderr: one line per epoch (loss, train and validation accuracy, time)
 * and, on a terminal, a progress bar inside each epoch, redrawn at most every
 * {@value #REDRAW_NANOS} ns.
 */
final class TrainingProgress implements TrainingListener {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final int epochs;
    private final boolean bar;
    private long lastDraw;
    private boolean drawn;

    /**
     * @param epochs the most epochs, for {@code epoch 3/20}
     * @param bar whether to draw the in-epoch bar (stderr is a terminal)
     */
    TrainingProgress(PrintWriter err, int epochs, boolean bar) {
        this.err = err;
        this.epochs = epochs;
        this.bar = bar;
    }

    @Override
    public void batchTrained(int epoch, int examplesDone, int examplesInEpoch, double meanLoss) {
        long now = System.nanoTime();
        if (!bar || now - lastDraw < REDRAW_NANOS && examplesDone < examplesInEpoch) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) BAR_WIDTH * examplesDone / examplesInEpoch);
        err.print(String.format(Locale.ROOT, "\repoch %d/%d [%s%s] %3d%% %d/%d loss %.4f", epoch, epochs,
                "=".repeat(filled), " ".repeat(BAR_WIDTH - filled), 100L * examplesDone / examplesInEpoch,
                examplesDone, examplesInEpoch, meanLoss));
        err.flush();
        drawn = true;
    }

    @Override
    public void epochFinished(EpochReport r) {
        if (drawn) {
            err.print("\r" + " ".repeat(BAR_WIDTH + 60) + "\r");
            drawn = false;
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "epoch %d/%d  loss %.4f  train %.2f%%", r.epoch(), epochs, r.trainLoss(), 100 * r.trainAccuracy()));
        if (r.validationAccuracy().isPresent()) {
            line.append(String.format(Locale.ROOT, "  validation %.2f%% (loss %.4f)",
                    100 * r.validationAccuracy().getAsDouble(), r.validationLoss().getAsDouble()));
        }
        line.append(String.format(Locale.ROOT, "  %.1f s", r.seconds()));
        if (r.best() && r.validationAccuracy().isPresent()) {
            line.append("  best so far");
        }
        err.println(line);
        err.flush();
    }
}
