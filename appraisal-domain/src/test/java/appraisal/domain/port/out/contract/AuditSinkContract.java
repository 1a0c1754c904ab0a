package appraisal.domain.port.out.contract;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.port.out.AuditSink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link AuditSink} does: events read back equal, per aggregate, in the order appended. */
public abstract class AuditSinkContract {

    /** The sink under test, empty at the start of each test. */
    protected abstract AuditSink sink();

    @Test
    void an_aggregate_without_events_has_an_empty_history() {
        assertThat(sink().history(Agreement.AGGREGATE_TYPE, "agr-none")).isEmpty();
    }

    @Test
    void the_events_of_an_agreement_s_lifecycle_read_back_equal_and_in_order() {
        Agreement agreement = anAgreement().draft();
        agreement.sign(APPRAISEE, day(1));
        agreement.sign(EVALUATOR, day(2));
        List<DomainEvent> events = agreement.pendingEvents();

        sink().append(events);

        assertThat(sink().history(Agreement.AGGREGATE_TYPE, agreement.id().value())).containsExactlyElementsOf(events);
        assertThat(events).hasSize(3);
    }

    @Test
    void history_holds_only_the_named_aggregate_and_keeps_the_order_of_appends() {
        sink().append(List.of(PortExamples.event("agr-1", 0, "agreement.drafted", 0, Map.of(), Map.of("status", "DRAFT"))));
        sink().append(List.of(
                PortExamples.event("agr-2", 0, "agreement.drafted", 0, Map.of(), Map.of("status", "DRAFT")),
                PortExamples.event("agr-1", 1, "agreement.signed", 1, Map.of("status", "DRAFT"), Map.of("status", "DRAFT"))));
        sink().append(List.of(DomainEvent.of("round", "agr-1", 0, "round.opened", EVALUATOR,
                day(0), Map.of(), Map.of())));
        sink().append(List.of(PortExamples.event("agr-1", 1, "agreement.signed", 1, Map.of(), Map.of("status", "AGREED"))));

        assertThat(sink().history(Agreement.AGGREGATE_TYPE, "agr-1")).extracting(DomainEvent::type, DomainEvent::version)
                .containsExactly(
                        tuple("agreement.drafted", 0L),
                        tuple("agreement.signed", 1L),
                        tuple("agreement.signed", 1L));
        assertThat(sink().history("round", "agr-1")).extracting(DomainEvent::type).containsExactly("round.opened");
    }

    @Test
    void thai_text_quotes_newlines_empty_values_and_nanoseconds_read_back_unchanged() {
        DomainEvent event = PortExamples.eventWithNanos("agr-9");

        sink().append(List.of(event));

        assertThat(sink().history(Agreement.AGGREGATE_TYPE, "agr-9")).containsExactly(event);
    }

    @Test
    void appending_nothing_appends_nothing() {
        sink().append(List.of());

        assertThat(sink().history(Agreement.AGGREGATE_TYPE, anAgreement().in(AgreementStatus.DRAFT).id().value())).isEmpty();
    }
}
