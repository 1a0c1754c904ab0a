package appraisal.domain.model.agreement;

/**
 * What an actor is to one agreement, worked out from the agreement and the org (the supervisor
 * chain and the heads of units). An actor may be several at once (an administrator who is also the
 * evaluator); {@link Authority} decides with all of them, except that the appraisee can never act
 * as anything but the appraisee on their own agreement.
 */
public enum Party {
    /** The person appraised (ผู้รับการประเมิน). */
    APPRAISEE("ผู้รับการประเมิน"),
    /** The appraisee's supervisor, who agrees and scores (ผู้ประเมิน). */
    EVALUATOR("ผู้ประเมิน"),
    /** The evaluator's own supervisor (ผู้บังคับบัญชาเหนือขึ้นไป). */
    REVIEWER("ผู้บังคับบัญชาเหนือขึ้นไป"),
    /**
     * Anyone else above the appraisee: further up the supervisor chain than the reviewer, or the
     * head of a unit that holds the appraisee's unit (a province head over a district's staff).
     */
    HEAD_ABOVE("ผู้บังคับบัญชาระดับสูงขึ้นไป"),
    /** An administrator's account, when the actor is none of the above. */
    ADMINISTRATOR("ผู้ดูแลระบบ"),
    /** Anyone else: a colleague, another office. */
    OTHER("ผู้อื่น");

    private final String thai;

    Party(String thai) {
        this.thai = thai;
    }

    /** The party's name as the Thai page and forms write it. */
    public String thai() {
        return thai;
    }

    /** The stable lower-case name used in codes, documents and the API ({@code head-above}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
