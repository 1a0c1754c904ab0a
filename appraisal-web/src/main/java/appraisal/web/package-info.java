/**
 * The Thai web page: server-rendered pages served by {@code appraisal serve} beside the JSON API,
 * with the API's sign-in (session cookie and CSRF token) and access rules, reaching the domain only
 * through the {@code port.in} use cases and printing the same form models as the PDF documents.
 */
package appraisal.web;
