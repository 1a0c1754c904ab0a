/**
 * Driving ports: one {@code *UseCase} interface per user intention, each taking a
 * {@code *Command} record that validates itself on construction. Adapters (CLI, HTTP) reach the
 * domain only through these. Commands that change an agreement carry the version the caller saw
 * (an HTTP If-Match) when there is one; a stale one is refused with {@code agreement.stale-version}.
 */
package appraisal.domain.port.in;
