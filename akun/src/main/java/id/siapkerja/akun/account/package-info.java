/**
 * SIAPkerja accounts: identity kept encrypted, passwords, one-time codes and links,
 * sessions, activity.
 */
package id.siapkerja.akun.account;
