/** The home page of jobfair: what the service is and where to go next. */
@ApplicationModule(allowedDependencies = { "company", "fair", "messaging", "notification", "organizer" })
package id.siapkerja.jobfair.home;

import org.springframework.modulith.ApplicationModule;
