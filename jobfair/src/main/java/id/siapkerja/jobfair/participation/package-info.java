/**
 * Companies taking part in fairs: their requests with vacancies, and the organizer's
 * decisions.
 */
@ApplicationModule(allowedDependencies = { "company", "fair", "vacancy" })
@OwnsTables({ "participation", "participation_vacancy" })
package id.siapkerja.jobfair.participation;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
