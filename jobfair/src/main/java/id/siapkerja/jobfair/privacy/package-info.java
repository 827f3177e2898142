/**
 * Personal data in Jobfair: how long it is kept (the retention job) and the privacy page
 * that says so.
 */
@ApplicationModule(allowedDependencies = { "application", "fair", "messaging", "notification" })
package id.siapkerja.jobfair.privacy;

import org.springframework.modulith.ApplicationModule;
