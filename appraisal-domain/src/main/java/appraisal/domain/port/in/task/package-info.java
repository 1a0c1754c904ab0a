/** What awaits each person: their queue of tasks. */
package appraisal.domain.port.in.task;
