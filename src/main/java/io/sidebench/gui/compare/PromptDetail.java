package io.sidebench.gui.compare;

import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.Prompt;
import java.util.Map;

/** Everything the side-by-side view shows for one prompt: the prompt, each model's answer, my annotations. */
public record PromptDetail(Prompt prompt, Map<Long, Completion> byModel, Map<Long, Annotation> myAnnotations) {
    public Completion completion(long modelId) {
        return byModel.get(modelId);
    }
}
