/**
 * Logging in through akun (OpenID Connect), logging out everywhere, and akun's
 * back-channel logout.
 */
package id.siapkerja.jobfair.signin;
