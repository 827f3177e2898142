/**
 * The one-command launcher of the platform: embedded PostgreSQL, gov-sim, akun and
 * jobfair.
 */
package id.siapkerja.stack;
