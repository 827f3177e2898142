/**
 * The people of Jobfair: a local record of each akun account that logged in, keyed by its
 * subject.
 */
package id.siapkerja.jobfair.member;
