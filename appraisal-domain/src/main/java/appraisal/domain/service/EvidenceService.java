package appraisal.domain.service;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.EvidenceContent;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.evidence.EvidenceDownload;
import appraisal.domain.port.in.evidence.EvidenceQueries;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.EvidenceStore;
import java.util.Locale;
import java.util.Optional;

/**
 * Hands out evidence files through the agreement that attached them: the agreement's results must
 * name the file, and the bytes must be kept for that agreement and still hash to the SHA-256 named.
 */
public final class EvidenceService implements EvidenceQueries {

    private final AgreementRepository agreements;
    private final EvidenceStore store;

    public EvidenceService(AgreementRepository agreements, EvidenceStore store) {
        this.agreements = agreements;
        this.store = store;
    }

    @Override
    public Optional<EvidenceDownload> evidenceFile(AgreementId id, String sha256) {
        String sha = sha256.toLowerCase(Locale.ROOT);
        Agreement agreement = agreements.find(id).orElseThrow(() -> DomainException.notFound("agreement.not-found",
                "agreement " + id + " does not exist"));
        Optional<EvidenceRef.File> named = agreement.results().values().stream().flatMap(r -> r.evidence().stream())
                .filter(e -> e instanceof EvidenceRef.File f && f.sha256().equals(sha)).map(e -> (EvidenceRef.File) e).findFirst();
        return named.flatMap(file -> store.read(id, sha).filter(bytes -> EvidenceContent.sha256(bytes).equals(sha))
                .map(bytes -> new EvidenceDownload(file, bytes)));
    }
}
