/**
 * Messages that leave akun (SMS, e-mail): written with the change that decides them, sent
 * and retried until delivered.
 */
package id.siapkerja.akun.outbox;
