/**
 * The agreement (ข้อตกลงการปฏิบัติราชการ) aggregate: items and weights agreed between an
 * appraisee and an evaluator for one round, then results, evaluation, acknowledgement, review.
 * {@link appraisal.domain.model.agreement.Agreement} is the root; everything else here is a value.
 *
 * <p>Who may act on it, in which status, is the {@link appraisal.domain.model.agreement.Authority}
 * table over the {@link appraisal.domain.model.agreement.Act}s of a round and the
 * {@link appraisal.domain.model.agreement.Party}s an {@link appraisal.domain.model.agreement.Actor}
 * can be to an agreement. It lives here because the aggregate takes each act's statuses from it.
 */
package appraisal.domain.model.agreement;
