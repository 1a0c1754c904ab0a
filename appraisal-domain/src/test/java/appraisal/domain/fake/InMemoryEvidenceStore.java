package appraisal.domain.fake;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.EvidenceContent;
import appraisal.domain.port.out.EvidenceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A fake of {@link EvidenceStore} for use-case tests; passes the same contract suite as the files beside a real store. */
public final class InMemoryEvidenceStore implements EvidenceStore {

    private record Kept(EvidenceContent content, byte[] bytes) {
    }

    private final Map<AgreementId, Map<String, Kept>> files = new ConcurrentHashMap<>();

    @Override
    public List<EvidenceContent> kept(AgreementId agreement) {
        List<EvidenceContent> out = new ArrayList<>();
        files.getOrDefault(agreement, Map.of()).values().forEach(k -> out.add(k.content()));
        return out;
    }

    @Override
    public void keep(AgreementId agreement, EvidenceContent content, byte[] bytes) {
        files.computeIfAbsent(agreement, k -> new TreeMap<>()).putIfAbsent(content.sha256(), new Kept(content, bytes.clone()));
    }

    @Override
    public Optional<byte[]> read(AgreementId agreement, String sha256) {
        return Optional.ofNullable(files.getOrDefault(agreement, Map.of()).get(sha256)).map(k -> k.bytes().clone());
    }

    /** How many files are kept for every agreement together, for tests that check nothing was kept. */
    public int count() {
        return files.values().stream().mapToInt(Map::size).sum();
    }
}
