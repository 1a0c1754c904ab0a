/**
 * Driving ports, grouped by feature in the sub-packages ({@code agreement}, {@code lifecycle},
 * {@code evidence}, {@code scoring}, {@code cascade}, {@code rubric}, {@code round}, {@code org},
 * {@code access}, {@code store}, {@code task}): one {@code *UseCase} interface per user intention,
 * each taking a {@code *Command} record that validates itself on construction, and
 * {@code *Queries} interfaces for reads. Adapters (CLI, HTTP, pages) reach the domain only through
 * these. Commands that change an agreement carry the version the caller saw (an HTTP If-Match)
 * when there is one; a stale one is refused with {@code agreement.stale-version}.
 */
package appraisal.domain.port.in;
