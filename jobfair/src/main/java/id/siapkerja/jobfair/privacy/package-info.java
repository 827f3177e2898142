/**
 * Personal data in Jobfair: how long it is kept (the retention job), the privacy page
 * that says so, and a person's part of their archive for akun ("Unduh data saya").
 */
@ApplicationModule(allowedDependencies = { "application", "company", "entry", "fair", "member", "messaging",
		"notification", "organizer", "seeker", "vacancy" })
package id.siapkerja.jobfair.privacy;

import org.springframework.modulith.ApplicationModule;
