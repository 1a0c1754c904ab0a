/**
 * Who may do which act of a round, in which status: the {@link appraisal.domain.model.authority.Authority}
 * table, the {@link appraisal.domain.model.authority.Act}s it covers, the
 * {@link appraisal.domain.model.authority.Party}s an actor can be to an agreement, and the
 * {@link appraisal.domain.model.authority.Actor} who acts. The table is data: the use cases consult it
 * before they act, the aggregate takes its statuses from it, and a test renders it as
 * {@code docs/authority.md}.
 */
package appraisal.domain.model.authority;
