package io.sidebench.gui;

import io.sidebench.gui.compare.CompareViewModel;
import io.sidebench.gui.core.AppPreferences;
import io.sidebench.gui.core.MemorySettings;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints how long the compare grid takes to open a large run and to page in its cells (no assertions).
 * Arguments: FILE [PROMPTS] [MODELS]; the project is seeded when the file does not exist.
 */
public final class GridBench {
    private GridBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int prompts = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int models = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            DemoProject.seed(file, prompts, models).close();
            System.out.printf("seeded %d x %d in %d ms%n", prompts, models, (System.nanoTime() - t) / 1_000_000);
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            CompareViewModel vm = new CompareViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    new AppPreferences(new MemorySettings()), null);
            long t0 = System.nanoTime();
            vm.load();
            long t1 = System.nanoTime();
            System.out.printf("open run: %d rows x %d models in %d ms%n", vm.view().size(), vm.models().size(),
                    (t1 - t0) / 1_000_000);
            int pages = 0;
            long worst = 0;
            long total = 0;
            for (int i = 0; i < vm.view().size(); i += 997) {
                long p0 = System.nanoTime();
                vm.requestCells(i);
                long took = System.nanoTime() - p0;
                worst = Math.max(worst, took);
                total += took;
                pages++;
            }
            System.out.printf("page of %d rows x %d cells: mean %.1f ms, worst %.1f ms over %d pages%n",
                    CompareViewModel.PAGE, vm.models().size(), total / 1e6 / pages, worst / 1e6, pages);
            long f0 = System.nanoTime();
            vm.setFilter(io.sidebench.gui.compare.GridFilter.NONE.withCategory("shipping"));
            System.out.printf("category filter over %d rows: %.1f ms (%d match)%n", vm.rows().size(),
                    (System.nanoTime() - f0) / 1e6, vm.view().size());
            long s0 = System.nanoTime();
            vm.select(vm.view().get(vm.view().size() / 2), 3);
            System.out.printf("select a cell (prompt + %d answers + annotations): %.1f ms%n", vm.models().size(),
                    (System.nanoTime() - s0) / 1e6);
        }
    }
}
