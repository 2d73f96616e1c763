package io.sidebench.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.AppPreferences;
import io.sidebench.gui.core.MemorySettings;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.ProjectSession;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path dir;
    private ProjectSession session;
    private AppPreferences prefs;
    private ShellViewModel vm;

    @BeforeEach
    void setUp() {
        session = new ProjectSession();
        prefs = new AppPreferences(new MemorySettings());
        vm = new ShellViewModel(session, new SameThreadTaskExecutor(), prefs, new Messages(Locale.ENGLISH));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void newOpenAndSaveAsKeepTheRecentListAndTitle() throws Exception {
        assertThat(vm.windowTitleProperty().get()).isEqualTo("Sidebench");
        vm.newProject(dir.resolve("alpha"), "Alpha eval");
        Path alpha = dir.resolve("alpha.sidebench");
        assertThat(session.current().orElseThrow().file()).isEqualTo(alpha);
        assertThat(vm.windowTitleProperty().get()).isEqualTo("Sidebench \u2014 Alpha eval (alpha.sidebench)");
        session.current().orElseThrow().meta().put("marker", "kept");

        vm.saveAs(dir.resolve("beta.sidebench"));
        Path beta = dir.resolve("beta.sidebench");
        assertThat(session.current().orElseThrow().file()).isEqualTo(beta);
        assertThat(session.current().orElseThrow().meta().get("marker")).contains("kept");
        assertThat(vm.recentProjects()).containsExactly(beta.toAbsolutePath(), alpha.toAbsolutePath());

        vm.open(alpha);
        assertThat(vm.recentProjects()).first().isEqualTo(alpha.toAbsolutePath());
        vm.newProject(alpha, "again");
        assertThat(vm.statusProperty().get()).startsWith("Error:").contains("already exists");
        assertThat(session.current().orElseThrow().file()).isEqualTo(alpha);

        vm.open(dir.resolve("missing.sidebench"));
        assertThat(vm.statusProperty().get()).startsWith("Error:").doesNotContain("Exception");
    }

    @Test
    void dropsOpenProjectsAndQueuePromptFiles() throws Exception {
        Path project = dir.resolve("p.sidebench");
        ProjectStore.create(project, "P").close();
        assertThat(vm.dropped(List.of(dir.resolve("prompts.jsonl")))).isFalse();
        assertThat(vm.statusProperty().get()).contains("Open or create a project first");
        assertThat(vm.dropped(List.of(project))).isTrue();
        assertThat(session.current()).isPresent();
        Path prompts = Files.writeString(dir.resolve("prompts.jsonl"), "{}");
        assertThat(vm.dropped(List.of(dir.resolve("photo.png"), prompts))).isTrue();
        assertThat(session.pendingImports()).containsExactly(prompts);
        assertThat(vm.stepProperty().get()).isEqualTo(WorkflowStep.DATASETS);
        assertThat(vm.accepts(List.of(dir.resolve("x.png")))).isFalse();
    }
}
