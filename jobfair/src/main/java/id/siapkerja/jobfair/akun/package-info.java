/**
 * Jobfair as a client of akun: the client registration it logs in with, and akun's
 * account feed that keeps members and seekers' profiles current.
 */
@ApplicationModule(allowedDependencies = { "member" })
@OwnsTables("feed_cursor")
package id.siapkerja.jobfair.akun;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
