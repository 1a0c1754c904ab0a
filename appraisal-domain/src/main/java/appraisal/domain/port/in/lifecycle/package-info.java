/** The acts of an agreement after drafting: sign, report results, submit, evaluate, acknowledge, review, close, reopen; and who may do each. */
package appraisal.domain.port.in.lifecycle;
