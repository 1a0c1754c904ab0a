package appraisal.persistence;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementFixtures;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The child process of the crash test: opens a SQLite store and saves one large cascade with its
 * audit events in one unit of work, saying on standard output when it starts ({@code READY}) and
 * when it has committed ({@code COMMITTED}); then it keeps appending small audit events, each in
 * its own transaction, until it is killed, so a kill after the commit still lands mid-write.
 *
 * <p>Usage: {@code CascadeWriter STORE.db CASCADE-ID AGREEMENTS}. The agreements are
 * {@code CASCADE-ID-0001} …, children of {@code CASCADE-ID-head}, 12 items each.
 */
public final class CascadeWriter {

    static final int ITEMS = 12;

    private CascadeWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Store store = Store.open(args[0]);
        List<Agreement> cascade = cascade(args[1], Integer.parseInt(args[2]));
        List<DomainEvent> events = new ArrayList<>();
        cascade.forEach(a -> events.addAll(a.pendingEvents()));
        out.println("READY");
        store.unitOfWork().run(() -> {
            store.agreements().saveAll(cascade);
            store.audit().append(events);
        });
        out.println("COMMITTED");
        for (long n = 0; ; n++) {
            store.audit().append(List.of(DomainEvent.of("crash-writer", args[1], n, "writer.alive", AgreementFixtures.EVALUATOR,
                    AgreementFixtures.day(0), Map.of(), Map.of("n", String.valueOf(n)))));
        }
    }

    /** Twelve items on indicators CDD-1 … CDD-12, eight team and four individual, weighing 100.00 together. */
    static List<Item> twelveItems() {
        List<Item> items = new ArrayList<>();
        for (int k = 1; k <= ITEMS; k++) {
            items.add(Item.of(new ItemId(String.valueOf(k)), k <= 8 ? Section.TEAM : Section.INDIVIDUAL, new IndicatorRef("CDD-" + k, 1),
                    new BigDecimal(k == ITEMS ? "8.37" : "8.33"), "กลุ่มงานส่งเสริมการพัฒนาชุมชน"));
        }
        return items;
    }

    /** {@code count} drafts cascaded from {@code id-head}, each with 12 items weighing 100.00 together. */
    static List<Agreement> cascade(String id, int count) {
        AgreementId head = new AgreementId(id + "-head");
        List<Item> items = twelveItems();
        List<Agreement> cascade = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String agreementId = String.format("%s-%04d", id, i);
            cascade.add(AgreementFixtures.anAgreement().id(agreementId).parent(head).appraisee(new PersonId("staff-" + agreementId))
                    .evaluator(AgreementFixtures.APPRAISEE).items(items).draft());
        }
        return cascade;
    }
}
