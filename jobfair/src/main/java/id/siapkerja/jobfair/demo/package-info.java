/**
 * Demo data for trying the journeys at once (the demo stack,
 * {@code siapkerja.jobfair.demo-data}): an organizer with fairs in every state, companies
 * with vacancies taking part, all made through the other modules' use cases.
 */
@ApplicationModule(allowedDependencies = { "company", "fair", "organizer", "participation", "vacancy" })
package id.siapkerja.jobfair.demo;

import org.springframework.modulith.ApplicationModule;
