/**
 * Single sign-on: akun as the OpenID Connect provider of every SIAPkerja service.
 */
package id.siapkerja.akun.sso;
