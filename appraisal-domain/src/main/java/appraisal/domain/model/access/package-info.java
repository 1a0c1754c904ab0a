/**
 * Who may use the system and what they may see: user accounts tied to people, sign-in sessions,
 * bearer tokens for scripts, and the org-scope rule (a person sees their own agreements, those of
 * everyone below them in the supervisor chain, and those of the units they head and the units
 * below; an administrator sees everything). Secrets never appear here in clear except in the one
 * value that hands them out ({@link appraisal.domain.model.access.SessionGrant},
 * {@link appraisal.domain.model.access.IssuedToken}); hashing is a driven port because the JDK's
 * crypto is an adapter concern.
 */
package appraisal.domain.model.access;
