/**
 * The SMTP catcher: every e-mail akun and jobfair send in development lands here, on a
 * page and as JSON.
 */
package id.siapkerja.govsim.mail;
