/** Rubrics of indicators: import, lint, templates and queries. */
package appraisal.domain.port.in.rubric;
