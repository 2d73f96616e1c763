package io.sidebench.gui.datasets;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.answers.AnswerImportException;
import io.sidebench.logic.answers.DryRun;
import io.sidebench.logic.answers.ImportKind;
import io.sidebench.logic.answers.JudgmentImportService;
import io.sidebench.logic.answers.RatingsImportService;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import java.nio.file.Path;

/**
 * The imports about a run's answers (judgments, votes, human ratings), as the command line's import-judgments,
 * import-votes and import-annotations do them; a check runs the whole import and rolls it back. Each returns the
 * sentence the screen shows. Runs on a worker thread.
 */
final class FeedbackImports {
    private final ProjectStore store;
    private final Messages messages;

    FeedbackImports(ProjectStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** What importing would write ("Will import ..."), or the problems; nothing is written. */
    String check(ImportKind kind, Path file, Run run) throws ImportException, AnswerImportException {
        return DryRun.check(store, () -> say(kind, run, true, write(kind, file, run)));
    }

    /** Imports, all or nothing; returns what was written ("Imported ..."). */
    String importNow(ImportKind kind, Path file, Run run) throws ImportException, AnswerImportException {
        return say(kind, run, false, write(kind, file, run));
    }

    private Object write(ImportKind kind, Path file, Run run) throws ImportException, AnswerImportException {
        if (kind == ImportKind.ANNOTATIONS) {
            return new RatingsImportService().importFile(store, file, run);
        }
        return new JudgmentImportService().importFile(store, file, run, null);
    }

    private String say(ImportKind kind, Run run, boolean future, Object result) {
        String prefix = future ? "answers.feedback.will" : "answers.feedback.did";
        if (result instanceof RatingsImportService.Result r) {
            return messages.format(prefix + ".annotations", r.annotations(), r.dimensions().isEmpty()
                    ? messages.get("answers.feedback.tagsOnly") : String.join(", ", r.dimensions()), run.name());
        }
        JudgmentImportService.Result r = (JudgmentImportService.Result) result;
        String extra = (r.unrated() > 0 ? " " + messages.format("answers.feedback.unrated", r.unrated()) : "")
                + (r.skipped() > 0 ? " " + messages.format("answers.feedback.skipped", r.skipped()) : "");
        return messages.format(prefix + ".judgments", r.scores(), r.votes(), r.format().cliName(), run.name()) + extra;
    }
}
