/** The organisation: units and people, registered one by one or imported. */
package appraisal.domain.port.in.org;
