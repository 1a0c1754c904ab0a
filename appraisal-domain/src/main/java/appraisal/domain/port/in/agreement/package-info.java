/** Drafting an agreement and changing its items before it is signed, copying and importing agreements. */
package appraisal.domain.port.in.agreement;
