package io.sidebench.logic.packages;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.model.Vote;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Brings the ratings, tags, comments and votes of annotation packages back into their project, by the
 * items' stable ids. Every package is checked before anything is written: a package from another project
 * (or another run that this project does not have) refuses the whole merge and leaves the project as it
 * was. Then, in one transaction:
 * <ul>
 * <li>an annotation the project does not have is added;</li>
 * <li>one equal to the project's is left alone (so merging twice adds nothing);</li>
 * <li>one that differs is applied only when the project's copy is still what an earlier merge of the same
 *     package wrote (the annotator kept working); otherwise both sides changed and it is listed as a
 *     conflict, not resolved;</li>
 * <li>a vote is added once per pair and voter; a changed vote is listed as a conflict.</li>
 * </ul>
 * What each merge brought is remembered in the project's {@code meta} table under
 * {@code packages.merged.PACKAGE_ID} (no schema change).
 */
public final class PackageMerger {
    static final String MERGED = "packages.merged.";

    private final ProjectStore store;

    public PackageMerger(ProjectStore store) {
        this.store = store;
    }

    /** A change both sides made; the project keeps its own. */
    public record Conflict(String packageLabel, String item, String annotator, String what, String inProject,
                           String inPackage) {
    }

    public record Result(String packageId, String annotator, int added, int updated, int unchanged, int votesAdded,
                         int votesUnchanged, List<Conflict> conflicts, int unknownItems) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** What earlier merges of one package wrote: content hashes of annotations, outcomes of votes. */
    record Record(Map<String, String> annotations, Map<String, String> votes) {
        Record {
            annotations = annotations == null ? new TreeMap<>() : new TreeMap<>(annotations);
            votes = votes == null ? new TreeMap<>() : new TreeMap<>(votes);
        }
    }

    /** Checks that every package belongs to this project; throws (writing nothing) when one does not. */
    public void check(List<AnnotationPackage> packages) {
        Optional<String> mine = ProjectIdentity.find(store);
        for (AnnotationPackage p : packages) {
            if (mine.isEmpty() || !mine.get().equals(p.projectId())) {
                throw new PackageException("refused: the package for " + p.annotator() + " was made from the project \""
                        + p.projectTitle() + "\" (id " + p.projectId() + "), not from this project \""
                        + store.meta().title() + "\"" + (mine.isEmpty() ? ", which has never exported packages"
                        : " (id " + mine.get() + ")") + ". Nothing was merged.");
            }
            if (run(p).isEmpty()) {
                throw new PackageException("refused: the package for " + p.annotator() + " is of a run this project "
                        + "no longer has (" + p.runKey() + "). Nothing was merged.");
            }
        }
    }

    private Optional<Run> run(AnnotationPackage p) {
        return store.runs().list().stream().filter(r -> ItemKeys.runKey(r).equals(p.runKey())).findFirst();
    }

    public List<Result> merge(List<AnnotationPackage> packages) {
        check(packages);
        return store.inTransaction(c -> {
            List<Result> out = new ArrayList<>();
            for (AnnotationPackage p : packages) {
                out.add(mergeOne(p));
            }
            return out;
        });
    }

    private Result mergeOne(AnnotationPackage p) {
        Run run = run(p).orElseThrow();
        Map<String, Completion> byItem = new HashMap<>();
        Map<Long, ModelConfig> models = new HashMap<>();
        run.modelIds().forEach(id -> store.models().get(id).ifPresent(m -> models.put(id, m)));
        Map<Long, Prompt> prompts = new HashMap<>();
        store.promptSets().prompts(run.promptSetId()).forEach(pr -> prompts.put(pr.id(), pr));
        for (Completion c : store.completions().forRun(run.id(), false)) {
            ModelConfig m = models.get(c.cell().modelId());
            Prompt pr = prompts.get(c.cell().promptId());
            if (m != null && pr != null) {
                byItem.put(ItemKeys.item(p.projectId(), run, m, pr, c.cell().repeat()), c);
            }
        }
        String key = MERGED + p.packageId();
        Record record = store.meta().get(key).map(json -> Json.read(json, Record.class))
                .orElse(new Record(null, null));
        String label = "package for " + p.annotator();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int unknown = 0;
        List<Conflict> conflicts = new ArrayList<>();
        for (AnnotationPackage.Rating r : p.annotations()) {
            Completion c = byItem.get(r.item());
            if (c == null) {
                unknown++;
                continue;
            }
            String recordKey = r.item() + "|" + r.annotator();
            String theirs = hash(r.ratings(), r.tags(), r.comment());
            Optional<Annotation> existing = store.annotations().find(c.id(), r.annotator());
            String base = record.annotations().get(recordKey);
            Annotation incoming = new Annotation(c.id(), r.annotator(), r.ratings(), r.tags(), r.comment(),
                    r.updatedAt() == null ? Instant.EPOCH : Instant.parse(r.updatedAt()));
            if (existing.isEmpty()) {
                if (base != null) {
                    conflicts.add(new Conflict(label, r.item(), r.annotator(), "annotation", "deleted since the last merge",
                            describe(r)));
                    continue;
                }
                store.annotations().save(incoming);
                record.annotations().put(recordKey, theirs);
                added++;
                continue;
            }
            Annotation a = existing.get();
            String ours = hash(a.ratings(), a.tags(), a.comment());
            if (ours.equals(theirs)) {
                record.annotations().put(recordKey, theirs);
                unchanged++;
            } else if (ours.equals(base)) {
                store.annotations().save(incoming);
                record.annotations().put(recordKey, theirs);
                updated++;
            } else {
                conflicts.add(new Conflict(label, r.item(), r.annotator(), "annotation", describe(a), describe(r)));
            }
        }
        Map<String, AnnotationPackage.Pair> pairs = new HashMap<>();
        p.pairs().forEach(pair -> pairs.put(pair.id(), pair));
        int votesAdded = 0;
        int votesUnchanged = 0;
        for (AnnotationPackage.PairVote v : p.votes()) {
            AnnotationPackage.Pair pair = pairs.get(v.pair());
            Completion left = pair == null ? null : byItem.get(pair.left());
            Completion right = pair == null ? null : byItem.get(pair.right());
            if (left == null || right == null) {
                unknown++;
                continue;
            }
            String recordKey = v.pair() + "|" + v.voter();
            String before = record.votes().get(recordKey);
            if (before == null) {
                store.votes().add(new Vote(0, run.id(), left.cell().promptId(), left.id(), right.id(),
                        left.cell().modelId(), right.cell().modelId(), v.outcome(), v.voter(), false,
                        v.createdAt() == null ? Instant.EPOCH : Instant.parse(v.createdAt())));
                record.votes().put(recordKey, v.outcome().name());
                votesAdded++;
            } else if (before.equals(v.outcome().name())) {
                votesUnchanged++;
            } else {
                conflicts.add(new Conflict(label, v.pair(), v.voter(), "vote", before, v.outcome().name()));
            }
        }
        store.meta().put(key, Json.write(record));
        return new Result(p.packageId(), p.annotator(), added, updated, unchanged, votesAdded, votesUnchanged,
                conflicts, unknown);
    }

    private static String describe(Annotation a) {
        return describe(a.ratings(), a.tags(), a.comment());
    }

    private static String describe(AnnotationPackage.Rating r) {
        return describe(r.ratings(), r.tags(), r.comment());
    }

    private static String describe(Map<String, Double> ratings, List<String> tags, String comment) {
        StringBuilder s = new StringBuilder(new TreeMap<>(ratings).toString());
        if (!tags.isEmpty()) {
            s.append(" tags ").append(tags);
        }
        if (comment != null && !comment.isBlank()) {
            s.append(" \"").append(comment).append('"');
        }
        return s.toString();
    }

    static String hash(Map<String, Double> ratings, List<String> tags, String comment) {
        String canonical = Json.write(List.of(new TreeMap<>(ratings), tags, comment == null ? "" : comment));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
