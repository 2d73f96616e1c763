package io.sidebench.gui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.AppPreferences;
import io.sidebench.gui.core.MemorySettings;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.Run;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid's ViewModel without any FX toolkit: paging, filters, selection, keyboard annotation. */
class CompareViewModelTest {
    @TempDir
    Path dir;
    private ProjectStore store;
    private CompareViewModel vm;

    @BeforeEach
    void open() throws Exception {
        store = io.sidebench.gui.DemoProject.seed(dir.resolve("p.sidebench"), 500, 3);
        MemorySettings settings = new MemorySettings();
        settings.put("annotator", "ann");
        vm = new CompareViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                new AppPreferences(settings), null);
        vm.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void opensTheRunWithItsFirstPageFilledAndLoadsFurtherCellsByPage() {
        assertThat(vm.runProperty().get()).isNotNull();
        assertThat(vm.models()).hasSize(3);
        assertThat(vm.view()).hasSize(500);
        assertThat(vm.view().get(0).isLoaded()).as("the first page comes with the row index").isTrue();
        assertThat(vm.view().get(CompareViewModel.PAGE - 1).isLoaded()).isTrue();
        assertThat(vm.view().get(CompareViewModel.PAGE).isLoaded()).isFalse();
        assertThat(vm.pageLoads()).isZero();
        vm.requestCells(5);
        assertThat(vm.pageLoads()).isZero();
        long modelId = vm.models().get(0).id();
        assertThat(vm.view().get(0).cell(modelId).preview()).isNotBlank();
        vm.requestCells(450);
        assertThat(vm.pageLoads()).isEqualTo(1);
        assertThat(vm.view().stream().filter(GridRow::isLoaded).count()).isEqualTo(CompareViewModel.PAGE + 60);
        assertThat(vm.cachedRows()).isEqualTo(CompareViewModel.PAGE + 60);
    }

    @Test
    void cellsShowTheStartOfTheAnswerFlattenedAndTheAnnotatedMark() {
        GridRow row = vm.view().get(5);
        long modelId = vm.models().get(1).id();
        Completion full = store.completions().find(new io.sidebench.model.CellKey(vm.runProperty().get().id(),
                row.promptId(), modelId, 0)).orElseThrow();
        CellSummary cell = row.cell(modelId);
        assertThat(cell.completionId()).isEqualTo(full.id());
        String flat = full.text().replaceAll("\\s+", " ").strip();
        assertThat(cell.preview()).isEqualTo(flat.length() > CellSummary.PREVIEW
                ? flat.substring(0, CellSummary.PREVIEW) + "\u2026" : flat);
        assertThat(cell.e2eMs()).isEqualTo(full.metrics().e2eMs());
        assertThat(cell.annotated()).isFalse();
        assertThat(row.preview()).startsWith("Do you ship to Hong Kong");

        io.sidebench.gui.DemoProject.annotate(store, full.id(), "someone", java.util.List.of("x"));
        vm.repeatProperty().set(1);
        vm.repeatProperty().set(0);
        assertThat(row.isLoaded()).as("changing the repeat empties the cache").isFalse();
        vm.requestCells(5);
        assertThat(row.cell(modelId).annotated()).isTrue();
    }

    @Test
    void theCacheStaysBoundedWhileEveryRowIsShownOnce() throws Exception {
        store.close();
        store = io.sidebench.gui.DemoProject.seed(dir.resolve("big.sidebench"), 4_000, 1, false);
        CompareViewModel big = new CompareViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                new AppPreferences(new MemorySettings()), null);
        big.load();
        for (int i = 0; i < big.view().size(); i++) {
            big.requestCells(i);
            assertThat(big.view().get(i).isLoaded()).isTrue();
        }
        assertThat(big.cachedRows()).isEqualTo(CompareViewModel.CACHE_ROWS);
        assertThat(big.view().get(0).isLoaded()).isFalse();
        assertThat(big.view().get(big.view().size() - 1).cell(big.models().get(0).id()).preview()).isNotBlank();
        assertThat(big.pageLoads()).as("one read per page after the first").isEqualTo(4_000 / CompareViewModel.PAGE - 1);
    }

    @Test
    void filtersByCategoryTagScoreAndText() {
        vm.setFilter(GridFilter.NONE.withCategory("shipping"));
        assertThat(vm.view()).hasSize(125).allMatch(r -> r.category().equals("shipping"));
        vm.setFilter(GridFilter.NONE.withText("HONG KONG"));
        assertThat(vm.view()).isNotEmpty().allMatch(r -> r.preview().contains("Hong Kong"));
        vm.setFilter(GridFilter.NONE.withScore("rougeL", 0.32));
        assertThat(vm.view().size()).isBetween(1, 499);
        vm.setFilter(GridFilter.NONE.withScore("rougeL", 2.0));
        assertThat(vm.view()).hasSize(500);
        assertThat(vm.scorers()).containsExactly("rougeL");
        assertThat(vm.categories()).containsExactly("account", "billing", "returns", "shipping");
    }

    @Test
    void keyboardAnnotationIsSavedForTheSelectedCellAndFeedsTheTagFilter() {
        vm.select(vm.view().get(3), 1);
        assertThat(vm.detailProperty().get().prompt().id()).isEqualTo(vm.view().get(3).promptId());
        AnnotationViewModel a = vm.annotation();
        assertThat(a.rubric()).hasSize(3);
        assertThat(a.rateDigit(4)).isTrue();
        assertThat(a.rateDigit(7)).isFalse();
        assertThat(a.rateDigit(2)).isTrue();
        assertThat(a.rateDigit(0)).isTrue();
        a.addTags("Rude, wrong ");
        a.setComment("misses the refund rule");
        Completion c = vm.detailProperty().get().completion(vm.models().get(1).id());
        Annotation saved = store.annotations().find(c.id(), "ann").orElseThrow();
        assertThat(saved.ratings()).isEqualTo(Map.of("accuracy", 4.0, "tone", 2.0, "safety", 0.0));
        assertThat(saved.tags()).containsExactly("rude", "wrong");
        assertThat(saved.comment()).isEqualTo("misses the refund rule");

        assertThat(vm.tags()).containsExactly("rude", "wrong");
        vm.setFilter(GridFilter.NONE.withTag("rude"));
        assertThat(vm.view()).hasSize(1);
    }

    @Test
    void arrowsMoveWithinTheGrid() {
        vm.select(vm.view().get(0), 0);
        vm.move(1, 0);
        vm.move(0, 1);
        assertThat(vm.selectedRowProperty().get()).isSameAs(vm.view().get(1));
        assertThat(vm.selectedModelProperty().get()).isEqualTo(1);
        vm.move(-5, 9);
        assertThat(vm.selectedRowProperty().get()).isSameAs(vm.view().get(0));
        assertThat(vm.selectedModelProperty().get()).isEqualTo(2);
    }

    @Test
    void retryReplacesTheFailedCellAndReloadsTheGrid() {
        MemorySettings settings = new MemorySettings();
        settings.put("annotator", "ann");
        CompareViewModel withRetry = new CompareViewModel(store, new SameThreadTaskExecutor(),
                new Messages(Locale.ENGLISH), new AppPreferences(settings), cell -> CellRetrier.Outcome.of(
                        store.completions().save(new Completion(0, cell, io.sidebench.model.CompletionStatus.OK,
                                "fixed answer", null, null, null, null, null, false, 1, null))));
        withRetry.load();
        withRetry.requestCells(0);
        GridRow failedRow = withRetry.view().get(4);
        long lastModel = withRetry.runProperty().get().modelIds().get(2);
        assertThat(failedRow.cell(lastModel).isError()).isTrue();
        withRetry.select(failedRow, 2);
        withRetry.retrySelected();
        assertThat(withRetry.statusProperty().get()).isEqualTo("Answer received: deepseek-chat now answers prompt q5.");
        assertThat(failedRow.isLoaded()).isFalse();
        withRetry.requestCells(4);
        assertThat(failedRow.cell(lastModel).isError()).isFalse();
        assertThat(failedRow.cell(lastModel).preview()).isEqualTo("fixed answer");
        assertThat(withRetry.detailProperty().get().completion(lastModel).text()).isEqualTo("fixed answer");
    }

    @Test
    void aFailedCellCarriesItsErrorAndRetryIsRefusedWithoutAnEngine() {
        Run run = vm.runProperty().get();
        vm.requestCells(0);
        GridRow failedRow = vm.view().get(4);
        long lastModel = run.modelIds().get(2);
        assertThat(failedRow.cell(lastModel).isError()).isTrue();
        assertThat(failedRow.cell(lastModel).error()).contains("HTTP 429");
        vm.select(failedRow, 2);
        vm.retrySelected();
        assertThat(vm.statusProperty().get()).contains("run engine");
        assertThat(vm.canRetry()).isFalse();
    }
}
