package appraisal.domain.model.agreement;

import appraisal.domain.model.round.EvidenceQuota;
import appraisal.domain.model.shared.DomainException;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The evidence rules of one change to an agreement's results. Evidence belongs to the agreement
 * that attached it: a result may name a file only if the file is kept for this agreement, was named
 * by its results already (files reported before files were kept per agreement), or is uploaded in
 * this very change — never another agreement's file, whatever SHA-256 the client knows. What a
 * result says of a file (size, media type) must be what was computed from its bytes. The files an
 * upload adds count against the round's {@link EvidenceQuota}: files and bytes kept per agreement.
 *
 * <p>The use case builds it from what the evidence store keeps for the agreement and the round's
 * quota before the change, lets uploads through {@link #upload}, has the aggregate record the
 * results, then {@link #check}s the agreement; only then are {@link #toKeep()} kept. Both are asked
 * for only when needed: a result that names no new file (most of them) costs no look-up.
 */
public final class EvidenceIntake {

    /** Bytes an upload adds to the store, with what they are. */
    public record NewFile(EvidenceContent content, byte[] bytes) {
        public NewFile {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    private final AgreementId agreement;
    private final Supplier<Map<String, EvidenceContent>> kept;
    private final Map<String, EvidenceContent> named = new LinkedHashMap<>();
    private final Map<String, EvidenceContent> uploaded = new LinkedHashMap<>();
    private final Map<String, NewFile> added = new LinkedHashMap<>();
    private final Map<String, String> addedNames = new LinkedHashMap<>();
    private final Supplier<EvidenceQuota> quota;

    /**
     * @param before the agreement as loaded, before the change
     * @param kept   what the evidence store keeps for it
     * @param quota  its round's evidence quota
     */
    public EvidenceIntake(Agreement before, Supplier<List<EvidenceContent>> kept, Supplier<EvidenceQuota> quota) {
        this.agreement = before.id();
        this.kept = Suppliers.memoize(() -> {
            Map<String, EvidenceContent> bySha = new LinkedHashMap<>();
            kept.get().forEach(c -> bySha.put(c.sha256(), c));
            return bySha;
        });
        this.quota = Suppliers.memoize(quota::get);
        for (ItemResult r : before.results().values()) {
            for (EvidenceRef e : r.evidence()) {
                if (e instanceof EvidenceRef.File f) {
                    named.putIfAbsent(f.sha256(), f.content());
                }
            }
        }
    }

    /**
     * An uploaded file as a reference: its content computed from the bytes (a file kept already
     * keeps the content it was kept with), its name from the name given or else the file's name.
     * Refused when empty or of a kind not kept as evidence.
     */
    public EvidenceRef.File upload(String name, String fileName, byte[] bytes) {
        String shownName = EvidenceRef.File.uploadedName(fileName);
        EvidenceContent content = EvidenceContent.of(shownName, bytes);
        EvidenceContent known = kept.get().get(content.sha256());
        if (known != null) {
            content = known;
        } else if (!added.containsKey(content.sha256())) {
            added.put(content.sha256(), new NewFile(content, bytes.clone()));
            addedNames.put(content.sha256(), shownName);
        }
        uploaded.putIfAbsent(content.sha256(), content);
        return EvidenceRef.File.of(name == null || name.isBlank() ? shownName : name, content);
    }

    /**
     * Checks the files the agreement's results name after the change, then the quota; refuses
     * (nothing to keep, nothing saved) with {@code evidence.not-attached}, {@code evidence.mismatch}
     * or {@code evidence.over-quota}.
     */
    public void check(Agreement after) {
        if (!after.id().equals(agreement)) {
            throw new IllegalArgumentException("the intake of " + agreement + " cannot check " + after.id());
        }
        for (Map.Entry<ItemId, ItemResult> r : after.results().entrySet()) {
            for (EvidenceRef e : r.getValue().evidence()) {
                if (e instanceof EvidenceRef.File f) {
                    requireOwn(r.getKey(), f);
                }
            }
        }
        requireWithinQuota();
    }

    /** The files this change adds to the store, in the order uploaded, to keep once the change is saved. */
    public ImmutableList<NewFile> toKeep() {
        return ImmutableList.copyOf(added.values());
    }

    private void requireOwn(ItemId item, EvidenceRef.File f) {
        EvidenceContent own = uploaded.get(f.sha256());
        if (own == null) {
            own = named.get(f.sha256());
        }
        if (own == null) {
            own = kept.get().get(f.sha256());
        }
        if (own == null) {
            throw DomainException.invalid("evidence.not-attached", "item " + item + ": evidence '" + f.name() + "' names the file "
                    + "with SHA-256 " + f.sha256() + ", which is not attached to agreement " + agreement + "; upload the file to "
                    + "this agreement (a file belongs to the agreement it was uploaded to)", "evidence");
        }
        if (own.sizeBytes() != f.sizeBytes() || !own.mediaType().equals(f.mediaType())) {
            throw DomainException.invalid("evidence.mismatch", "item " + item + ": evidence '" + f.name() + "' says " + f.sizeBytes()
                    + " bytes of " + f.mediaType() + ", but the file with SHA-256 " + f.sha256() + " attached to agreement " + agreement
                    + " has " + own.sizeBytes() + " bytes of " + own.mediaType() + "; give the size and media type the upload answered "
                    + "(or leave the file out)", "evidence");
        }
    }

    private void requireWithinQuota() {
        if (added.isEmpty()) {
            return;
        }
        EvidenceQuota quota = this.quota.get();
        int keptFiles = kept.get().size();
        long keptBytes = kept.get().values().stream().mapToLong(EvidenceContent::sizeBytes).sum();
        String keeps = "it keeps " + keptFiles + (keptFiles == 1 ? " file" : " files") + " of together " + EvidenceQuota.size(keptBytes)
                + " already";
        int files = keptFiles;
        long bytes = keptBytes;
        List<String> alongside = new ArrayList<>();
        for (NewFile f : added.values()) {
            String name = "'" + addedNames.get(f.content().sha256()) + "'";
            files++;
            bytes += f.content().sizeBytes();
            if (files > quota.files()) {
                throw overQuota(quota, name + " would be file " + files + " of agreement " + agreement + "; " + keeps, alongside);
            }
            if (bytes > quota.bytes()) {
                throw overQuota(quota, name + " (" + EvidenceQuota.size(f.content().sizeBytes()) + ") would bring the files of agreement "
                        + agreement + " to " + EvidenceQuota.size(bytes) + "; " + keeps, alongside);
            }
            alongside.add(name);
        }
    }

    private DomainException overQuota(EvidenceQuota quota, String what, List<String> alongside) {
        return DomainException.refused("evidence.over-quota", what + ", and its round allows an agreement " + quota.describe()
                + (alongside.isEmpty() ? "" : "; this change also uploads " + String.join(", ", alongside))
                + ". Nothing was recorded: send fewer or smaller files, link to the documents (https:) instead, or ask an "
                + "administrator to raise the round's evidence quota (settings.evidence_quota)");
    }
}
