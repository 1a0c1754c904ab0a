/** Evidence files attached to an agreement's items. */
package appraisal.domain.port.in.evidence;
