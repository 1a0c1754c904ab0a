package appraisal.cli.demo;

import appraisal.domain.model.org.PersonId;
import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The accounts the office demo makes so that people can sign in to the web page at once: an
 * administrator, the department's deputy director-general (who reviews the province head's
 * evaluations), the Buriram province head, the Lam Plai Mat district head and one of their staff,
 * and the Nang Rong district head, all with one published password. Only a few: each costs a slow
 * password hash.
 */
public final class DemoAccounts {

    /** The password of every demo account; a demo database is for trying things out, never for real data. */
    public static final String PASSWORD = "demo-2565-pass";

    /** One demo account. */
    public record Account(String username, Optional<PersonId> person, boolean admin, String who) {
    }

    private static final PersonId LAM_PLAI_MAT_HEAD = new PersonId("BRM-LAMPLAIMAT-01");

    public static final ImmutableList<Account> ALL = ImmutableList.of(
            new Account("admin", Optional.empty(), true, "administrator: everything"),
            new Account("cdd.deputy", Optional.of(BuriramOffice.REVIEWER), false,
                    "the department's deputy director-general (รองอธิบดี): the province head's supervisor, who reviews"),
            new Account("buriram.head", Optional.of(BuriramOffice.PROVINCIAL_OFFICER), false,
                    "province head (พัฒนาการจังหวัดบุรีรัมย์): the province office and its 23 districts"),
            new Account("lamplaimat.head", Optional.of(LAM_PLAI_MAT_HEAD), false,
                    "district head (พัฒนาการอำเภอลำปลายมาศ): the Lam Plai Mat office"),
            new Account("lamplaimat.staff", Optional.of(new PersonId("BRM-LAMPLAIMAT-02")), false,
                    "staff of Lam Plai Mat: only themself"),
            new Account("nangrong.head", Optional.of(new PersonId("BRM-NANGRONG-01")), false,
                    "district head (พัฒนาการอำเภอนางรอง): the Nang Rong office"));

    private DemoAccounts() {
    }
}
