/**
 * Cascading (ถ่ายทอดตัวชี้วัด): the rules that turn one agreement into many. A broadcast sends one
 * template to the heads of child offices; a derivation follows an {@link
 * appraisal.domain.model.cascade.AssignmentPlan} from a head's agreement to their staff, with
 * weights balanced to exactly 100 by {@link appraisal.domain.model.cascade.WeightBalancer}; the
 * {@link appraisal.domain.model.cascade.CascadeAnalysis} finds what nobody carries, links that
 * point nowhere and who carries how much; {@link appraisal.domain.model.cascade.RolledUp}
 * computes a parent item's value from its children's results.
 */
package appraisal.domain.model.cascade;
