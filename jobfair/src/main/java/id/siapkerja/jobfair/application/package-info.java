/**
 * Applications: matching vacancies for a seeker, applying, the company's review,
 * interviews, and what became of the accepted (hire outcomes).
 */
@ApplicationModule(allowedDependencies = { "company", "faq", "fair", "member", "participation", "seeker", "vacancy" })
@OwnsTables({ "application", "application_history", "interview", "fair_offers_version", "application_outcome" })
package id.siapkerja.jobfair.application;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
