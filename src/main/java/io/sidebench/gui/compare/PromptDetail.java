package io.sidebench.gui.compare;

import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import java.util.List;
import java.util.Map;

/** Everything the side-by-side view shows for one prompt: the prompt, each model's answer, my annotations. */
public record PromptDetail(Prompt prompt, Map<Long, Completion> byModel, Map<Long, Annotation> myAnnotations) {
    public Completion completion(long modelId) {
        return byModel.get(modelId);
    }

    /**
     * The diff shown until the user picks one: the indexes in {@code columns} of the first two models that
     * answered this prompt successfully; {-1, -1} when fewer than two did. A failed or missing answer is never
     * a default side.
     */
    public int[] defaultDiff(List<ModelConfig> columns) {
        int[] pair = {-1, -1};
        int found = 0;
        for (int i = 0; i < columns.size() && found < 2; i++) {
            Completion c = completion(columns.get(i).id());
            if (c != null && c.isOk()) {
                pair[found++] = i;
            }
        }
        return found == 2 ? pair : new int[] {-1, -1};
    }
}
