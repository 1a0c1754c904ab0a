package appraisal.domain.port.in.cascade;

/**
 * Broadcast cascade: drafts one template for the head of every child office of a unit (the source
 * document: the province to each of its districts), the parent unit's head as evaluator, all in
 * one unit of work. Heads who already have an agreement in the round are skipped, so running it
 * again changes nothing. Refused when an office has no single head ({@code org.unit-without-head},
 * {@code org.unit-with-several-heads}) or its head does not report to the parent unit's head.
 */
public interface BroadcastCascadeUseCase {

    BroadcastResult broadcast(BroadcastCascadeCommand command);
}
