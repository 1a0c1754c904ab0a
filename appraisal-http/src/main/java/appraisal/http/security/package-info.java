/**
 * The crypto adapters of the access ports: the slow password hash and the source of random
 * secrets. They live beside the web adapter, which is where passwords and secrets arrive; the
 * domain sees only {@link appraisal.domain.port.out.PasswordHasher} and
 * {@link appraisal.domain.port.out.SecretSource}.
 */
package appraisal.http.security;
