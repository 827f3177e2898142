/**
 * Logging in through akun (OpenID Connect), logging out everywhere, and akun's
 * back-channel logout.
 */
@ApplicationModule(allowedDependencies = { "akun", "member" })
package id.siapkerja.jobfair.signin;

import org.springframework.modulith.ApplicationModule;
