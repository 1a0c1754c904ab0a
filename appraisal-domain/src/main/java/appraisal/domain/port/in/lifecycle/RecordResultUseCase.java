package appraisal.domain.port.in.lifecycle;

/**
 * Records what the appraisee achieved on an agreement's items: facts and evidence. Evidence
 * belongs to the agreement it is attached to: a result names only files uploaded to this agreement
 * (with the size and media type computed from their bytes) and {@code https:}/{@code http:} links;
 * uploads count against the round's evidence quota. A refused change records and keeps nothing.
 */
public interface RecordResultUseCase {

    /** One item's result; returns the agreement's new version. */
    long record(RecordResultCommand command);

    /**
     * Several items' results in one change: the agreement is loaded and saved once, with the same
     * rules and the same audit events as recording them one by one, in the order given; if one is
     * refused, none is recorded. Returns the agreement's new version.
     */
    long recordAll(RecordResultsCommand command);
}
