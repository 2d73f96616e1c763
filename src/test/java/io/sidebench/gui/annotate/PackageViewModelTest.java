package io.sidebench.gui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.JudgedProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.packages.AnnotationPackage;
import io.sidebench.logic.packages.PackageExporter;
import io.sidebench.logic.packages.PackageFile;
import io.sidebench.logic.packages.PackageMerger;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.VoteOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotation-only mode: ratings and votes made in the app go into the package file, and merge brings them back. */
class PackageViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void ratingsAndVotesAreSavedIntoThePackageAndMergeBack() throws Exception {
        Path file = dir.resolve("dana" + PackageFile.EXTENSION);
        try (ProjectStore store = DemoProject.seed(dir.resolve("p.sidebench"), 6, 3)) {
            store.meta().saveObjectives(store.meta().objectives().withRubric(JudgedProject.rubric()));
            long runId = store.runs().list().get(0).id();
            AnnotationPackage exported = new PackageExporter(store, CLOCK).export(new PackageExporter.Options(runId,
                    List.of("dana", "eli"), Set.of(), Set.of(), 0.5, 3, true)).get(0);
            PackageFile.write(exported, file);
            List<String> modelNames = store.models().list().stream().map(ModelConfig::name).toList();

            PackageViewModel vm = new PackageViewModel(PackageFile.read(file), file, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH), CLOCK);
            assertThat(vm.annotator()).isEqualTo("dana");
            assertThat(vm.itemLabelProperty().get()).startsWith("Answer ").contains("(1 of ");
            // blind: nothing shown names a model
            for (int i = 0; i < vm.items().size(); i++) {
                vm.indexProperty().set(i);
                String shown = vm.itemLabelProperty().get() + vm.promptProperty().get() + vm.answerProperty().get();
                modelNames.forEach(name -> assertThat(shown).doesNotContain(name));
            }
            vm.indexProperty().set(0);
            vm.rate("correctness", 4.0);
            vm.rate("tone", 9.0);  // outside 1–4: refused, said so
            assertThat(vm.statusProperty().get()).isEqualTo("tone takes whole numbers from 1 to 4.");
            vm.rate("tone", 3.0);
            vm.rate("safety", 1.0);
            vm.tagsProperty().set("too long, polite");
            vm.commentProperty().set("Good, but wordy");
            vm.move(1);
            vm.rate("correctness", 2.0);
            vm.move(-1);
            assertThat(vm.ratingProperty("correctness").get()).isEqualTo(4.0);
            assertThat(vm.commentProperty().get()).isEqualTo("Good, but wordy");
            assertThat(vm.progressProperty().get()).contains("correctness 2/" + vm.items().size())
                    .contains("tone 1/").contains("safety 1/");
            vm.nextUnrated();
            assertThat(vm.indexProperty().get()).isEqualTo(1);
            assertThat(vm.pairs().pairs()).isNotEmpty();
            vm.pairs().vote(VoteOutcome.LEFT);

            AnnotationPackage saved = PackageFile.read(file);
            assertThat(saved.annotations()).hasSize(2);
            assertThat(saved.annotations().get(0).tags()).containsExactly("too long", "polite");
            assertThat(saved.votes()).hasSize(1);
            assertThat(Files.readString(file)).doesNotContain(modelNames.get(1));
            assertThat(vm.statusProperty().get()).isEqualTo("Saved into dana.sbpack.json");

            List<PackageMerger.Result> merged = new PackageMerger(store).merge(List.of(saved));
            assertThat(merged.get(0).added()).isEqualTo(2);
            assertThat(merged.get(0).votesAdded()).isEqualTo(1);
            List<Annotation> back = store.annotations().forRun(runId);
            assertThat(back).filteredOn(a -> a.annotator().equals("dana")).hasSize(2)
                    .anySatisfy(a -> {
                        assertThat(a.ratings()).containsEntry("correctness", 4.0).containsEntry("tone", 3.0)
                                .containsEntry("safety", 1.0);
                        assertThat(a.comment()).isEqualTo("Good, but wordy");
                    });
            // merging the same file again adds nothing
            assertThat(new PackageMerger(store).merge(List.of(PackageFile.read(file))).get(0).added()).isZero();
        }
    }

    @Test
    void writesNeverGoBackToAnOlderState() throws Exception {
        Path file = dir.resolve("w" + PackageFile.EXTENSION);
        try (ProjectStore store = DemoProject.seed(dir.resolve("w.sidebench"), 4, 2)) {
            store.meta().saveObjectives(store.meta().objectives().withRubric(JudgedProject.rubric()));
            AnnotationPackage p = new PackageExporter(store, CLOCK).export(new PackageExporter.Options(
                    store.runs().list().get(0).id(), List.of("fay"), Set.of(), Set.of(), 0, 1, false)).get(0);
            Queued queued = new Queued();
            PackageViewModel vm = new PackageViewModel(p, file, queued, new Messages(Locale.ENGLISH), CLOCK);
            vm.rate("correctness", 1.0);
            vm.rate("correctness", 5.0);
            queued.run(1);      // the newer write first
            queued.run(0);      // the older one arrives late: skipped
            assertThat(PackageFile.read(file).annotations().get(0).ratings()).containsEntry("correctness", 5.0);
            vm.rate("tone", 2.0);
            vm.flush();         // closing the window: written at once
            assertThat(PackageFile.read(file).annotations().get(0).ratings()).containsEntry("tone", 2.0);
        }
    }

    /** Holds submitted work until the test runs it, in any order. */
    private static final class Queued implements io.sidebench.logic.exec.TaskExecutor {
        private final List<Runnable> tasks = new java.util.ArrayList<>();

        @Override
        public <T> TaskHandle submit(String name, java.util.concurrent.Callable<T> work,
                                     java.util.function.Consumer<T> onSuccess,
                                     java.util.function.Consumer<Throwable> onFailure) {
            tasks.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return new TaskHandle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        void run(int i) {
            tasks.get(i).run();
        }

        @Override
        public void onCallbackThread(Runnable action) {
            action.run();
        }

        @Override
        public void close() {
        }
    }
}
