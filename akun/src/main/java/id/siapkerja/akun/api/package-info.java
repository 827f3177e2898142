/**
 * The services' view of one data: the profile API and the account event feed, for OAuth
 * 2.0 clients.
 */
package id.siapkerja.akun.api;
