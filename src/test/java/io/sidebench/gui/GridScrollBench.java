package io.sidebench.gui;

import io.sidebench.gui.compare.GridRow;
import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.MemorySettings;
import io.sidebench.gui.shell.WorkflowStep;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * Opens a large project in the real main window and scrolls the compare grid (no assertions; prints figures).
 * Phases: (1) cold open: from "project file chosen" ({@code ShellViewModel.open}, which shows the Objectives
 * step; the bench goes to Compare in the pulse after the project is open) to the first pulse at which every
 * visible row of the grid has its cells, and to the filter facts being there; (2) the same again (warm
 * JVM); (3) scroll top to bottom one screen per pulse; (4) scroll 2,000 rows up at wheel speed (3 rows per
 * pulse). Pulse gaps come from {@link AnimationTimer} timestamps. Arguments: FILE [PROMPTS] [MODELS]; the
 * project is seeded with {@link ScaleProject} when FILE does not exist. Run under Xvfb with -Dprism.order=sw.
 */
public final class GridScrollBench {
    private static final long STALL_NANOS = 100_000_000L;
    private final Path file;
    private final CompletableFuture<List<String>> done = new CompletableFuture<>();
    private final List<String> report = new ArrayList<>();
    private final TimedExecutor executor = new TimedExecutor(FxTaskExecutor.forMachine());
    private AppContext context;
    private MainWindow window;
    private AnimationTimer timer;

    private GridScrollBench(Path file) {
        this.file = file;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/grid-100k.sidebench");
        int prompts = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        int models = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            ScaleProject.seed(file, prompts, models).close();
            System.out.printf("seeded %s: %d prompts x %d models in %.1f s%n", file, prompts, models,
                    (System.nanoTime() - t) / 1e9);
        }
        System.out.printf("project %s, %d MB; load average before: %s%n", file, Files.size(file) >> 20, loadAverage());
        resetPeaks();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        GridScrollBench bench = new GridScrollBench(file);
        Platform.runLater(bench::start);
        List<String> lines;
        try {
            lines = bench.done.get(15, TimeUnit.MINUTES);
        } catch (Exception e) {
            lines = new ArrayList<>(bench.report);
            lines.add("FAILED: " + e);
        }
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "peak heap used: %d MB (max heap %d MB); GC: %s; load average after: %s%n",
                peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20, gcSummary(), loadAverage());
        System.exit(0);
    }

    private void start() {
        MemorySettings settings = new MemorySettings();
        settings.put("annotator", "bench");
        context = new AppContext(executor, settings, new StubFileDialogs());
        Stage stage = new Stage();
        stage.setWidth(1440);
        stage.setHeight(900);
        window = new MainWindow(context, stage);
        window.show();
        open("cold open", () -> open("warm open", () -> scroll("scroll down, one screen per pulse", true, 0,
                () -> scroll("scroll up 2,000 rows, 3 rows per pulse", false, 3, this::finish))));
    }

    /** Opens the project as the File menu does, then measures until the first screen of the grid is filled. */
    private void open(String name, Runnable next) {
        Frames frames = new Frames();
        long start = System.nanoTime();
        long[] filled = {-1};
        boolean[] switched = {false};
        window.shellModel().open(file);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.add(now);
                if (!switched[0] && !window.shellModel().busyProperty().get()
                        && context.session().current().isPresent()) {
                    switched[0] = true;
                    // opening shows the Objectives step; the user's first click goes to Compare
                    window.shellModel().stepProperty().set(WorkflowStep.COMPARE);
                }
                TableView<GridRow> grid = switched[0] ? grid() : null;
                VirtualFlow<?> flow = grid == null ? null : flow(grid);
                progress(name, start, () -> "grid=" + (grid == null ? "-" : grid.getItems().size()) + " flow=" + flow
                        + " filled=" + filled[0] + " pending=" + executor.pending() + " busy="
                        + window.shellModel().busyProperty().get() + " status=" + window.shellModel().statusProperty().get());
                if (filled[0] < 0 && flow != null && !grid.getItems().isEmpty() && visibleFilled(grid, flow)) {
                    filled[0] = System.nanoTime() - start;
                }
                if (filled[0] >= 0 && executor.pending() == 0
                        && !window.shellModel().busyProperty().get()) {
                    stop();
                    report.add(String.format(Locale.ROOT, "%s: %d rows; first screen of the grid filled %.0f ms "
                                    + "after the file was chosen; idle (filter facts loaded) after %.0f ms; "
                                    + "longest pulse gap meanwhile %.0f ms; %s", name, grid.getItems().size(),
                            filled[0] / 1e6, (System.nanoTime() - start) / 1e6, frames.max() / 1e6, frames.cpu()));
                    next.run();
                }
            }
        };
        timer.start();
    }

    /** Scrolls the grid by one screen ({@code rowsPerPulse} 0) or by some rows per pulse until an end. */
    private void scroll(String name, boolean down, int rowsPerPulse, Runnable next) {
        TableView<GridRow> grid = grid();
        VirtualFlow<?> flow = flow(grid);
        int size = grid.getItems().size();
        int stopAt = down ? size - 1 : Math.max(0, flow.getFirstVisibleCell().getIndex() - 2_000);
        Frames frames = new Frames();
        Map<GridRow, Long> waitingSince = new HashMap<>();
        List<Long> fills = new ArrayList<>();
        int[] passedUnfilled = {0};
        long[] reachedEnd = {-1};
        long start = System.nanoTime();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.add(now);
                IndexedCell<?> first = flow.getFirstVisibleCell();
                IndexedCell<?> last = flow.getLastVisibleCell();
                progress(name, start, () -> "first=" + (first == null ? -1 : first.getIndex()) + " last="
                        + (last == null ? -1 : last.getIndex()) + " waiting=" + waitingSince.size() + " pending="
                        + executor.pending());
                if (first == null || last == null) {
                    return;
                }
                track(grid, first.getIndex(), last.getIndex(), now, waitingSince, fills, passedUnfilled);
                boolean atEnd = down ? last.getIndex() >= stopAt : first.getIndex() <= stopAt;
                if (!atEnd) {
                    double pixels = rowsPerPulse == 0 ? flow.getHeight() - grid.getFixedCellSize()
                            : rowsPerPulse * grid.getFixedCellSize();
                    flow.scrollPixels(down ? pixels : -pixels);
                    return;
                }
                if (reachedEnd[0] < 0) {
                    reachedEnd[0] = now;
                }
                if (waitingSince.isEmpty() && visibleFilled(grid, flow)) {
                    stop();
                    report.add(String.format(Locale.ROOT, "%s: %d pulses in %.1f s; pulse gap p50 %.1f ms, p95 %.1f "
                                    + "ms, max %.1f ms; stalls (gaps > 100 ms): %d; rows shown before their cells came: "
                                    + "%d, filled after p50 %.0f ms, p95 %.0f ms, max %.0f ms; scrolled past unfilled: %d; "
                                    + "last screen filled %.0f ms after reaching it; %s", name, frames.count(),
                            (System.nanoTime() - start) / 1e9, frames.percentile(50) / 1e6,
                            frames.percentile(95) / 1e6, frames.max() / 1e6, frames.stalls(), fills.size(),
                            percentile(fills, 50) / 1e6, percentile(fills, 95) / 1e6, percentile(fills, 100) / 1e6,
                            passedUnfilled[0], (now - reachedEnd[0]) / 1e6, frames.cpu()));
                    next.run();
                }
            }
        };
        timer.start();
    }

    private long lastProgress;

    /** Every 5 s of a phase, says where it is (on standard error). */
    private void progress(String name, long start, java.util.function.Supplier<String> state) {
        long now = System.nanoTime();
        if (now - lastProgress > 5_000_000_000L) {
            lastProgress = now;
            System.err.printf(Locale.ROOT, "[%s +%.0f s] %s%n", name, (now - start) / 1e9, state.get());
        }
    }

    /** Notes when each visible row without cells appeared, and how long it waited once its cells are there. */
    private static void track(TableView<GridRow> grid, int from, int to, long now, Map<GridRow, Long> waitingSince,
                              List<Long> fills, int[] passedUnfilled) {
        Map<GridRow, Long> stillWaiting = new HashMap<>();
        for (int i = from; i <= to && i < grid.getItems().size(); i++) {
            GridRow row = grid.getItems().get(i);
            Long since = waitingSince.remove(row);
            if (row.isLoaded()) {
                if (since != null) {
                    fills.add(now - since);
                }
            } else {
                stillWaiting.put(row, since == null ? now : since);
            }
        }
        passedUnfilled[0] += waitingSince.size();
        waitingSince.clear();
        waitingSince.putAll(stillWaiting);
    }

    private void finish() {
        report.add("background work: " + executor.summary());
        context.close();
        Platform.exit();
        done.complete(report);
    }

    @SuppressWarnings("unchecked")
    private TableView<GridRow> grid() {
        return (TableView<GridRow>) sceneLookup("#compare-grid");
    }

    private Object sceneLookup(String id) {
        return Stage.getWindows().stream().filter(w -> w.getScene() != null).map(w -> w.getScene().lookup(id))
                .filter(n -> n != null).findFirst().orElse(null);
    }

    private static VirtualFlow<?> flow(TableView<?> grid) {
        return grid.lookup(".virtual-flow") instanceof VirtualFlow<?> vf ? vf : null;
    }

    private static boolean visibleFilled(TableView<GridRow> grid, VirtualFlow<?> flow) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            return false;
        }
        for (int i = first.getIndex(); i <= last.getIndex() && i < grid.getItems().size(); i++) {
            if (!grid.getItems().get(i).isLoaded()) {
                return false;
            }
        }
        return true;
    }

    /** Pulse timestamps of one phase, with the CPU time the FX thread and the renderer used between pulses. */
    private static final class Frames {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final List<Long> gaps = new ArrayList<>();
        private final List<Long> fxCpu = new ArrayList<>();
        private long previous = -1;
        private long previousCpu;
        private long rendererStart = -1;
        private long rendererEnd;

        void add(long now) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long renderer = rendererCpu();
            if (previous >= 0) {
                gaps.add(now - previous);
                fxCpu.add(cpu - previousCpu);
            } else {
                rendererStart = renderer;
            }
            rendererEnd = renderer;
            previous = now;
            previousCpu = cpu;
        }

        /** "FX thread CPU per pulse p50 / p95 / max; renderer CPU per pulse mean". */
        String cpu() {
            return String.format(Locale.ROOT, "FX thread CPU %.0f ms in all, per pulse p50 %.1f ms, p95 %.1f ms, "
                    + "max %.1f ms; renderer thread CPU per pulse mean %.1f ms",
                    fxCpu.stream().mapToLong(Long::longValue).sum() / 1e6, GridScrollBench.percentile(fxCpu, 50) / 1e6,
                    GridScrollBench.percentile(fxCpu, 95) / 1e6, GridScrollBench.percentile(fxCpu, 100) / 1e6,
                    gaps.isEmpty() ? 0 : (rendererEnd - rendererStart) / 1e6 / gaps.size());
        }

        private static long rendererId = -1;

        private static long rendererCpu() {
            if (rendererId < 0) {
                for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0)) {
                    if (info != null && info.getThreadName().startsWith("QuantumRenderer")) {
                        rendererId = info.getThreadId();
                    }
                }
            }
            return rendererId < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(rendererId));
        }

        int count() {
            return gaps.size() + 1;
        }

        long stalls() {
            return gaps.stream().filter(g -> g > STALL_NANOS).count();
        }

        double percentile(int p) {
            return GridScrollBench.percentile(gaps, p);
        }

        double max() {
            return GridScrollBench.percentile(gaps, 100);
        }
    }

    private static double percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private static String gcSummary() {
        StringBuilder out = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            out.append(out.length() == 0 ? "" : ", ").append(gc.getName()).append(' ').append(gc.getCollectionCount())
                    .append(" x ").append(gc.getCollectionTime()).append(" ms");
        }
        return out.toString();
    }
}
