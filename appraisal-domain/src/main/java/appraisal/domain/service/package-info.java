/**
 * The use cases: each loads what it needs through the driven ports, asks the model to act, saves
 * and appends the model's events to the audit trail, all in one unit of work. Rules live in the
 * model; what is here is only what needs other aggregates (is the evaluator the appraisee's
 * supervisor? does the indicator exist?).
 */
package appraisal.domain.service;
