/**
 * The agreement (ข้อตกลงการปฏิบัติราชการ) aggregate: items and weights agreed between an
 * appraisee and an evaluator for one round, then results, evaluation, acknowledgement, review.
 * {@link appraisal.domain.model.agreement.Agreement} is the root; everything else here is a value.
 */
package appraisal.domain.model.agreement;
