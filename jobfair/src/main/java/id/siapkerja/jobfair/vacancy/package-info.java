/** Vacancies: a company's openings, written in three steps and reused across fairs. */
@ApplicationModule(allowedDependencies = { "company" })
@OwnsTables("vacancy")
package id.siapkerja.jobfair.vacancy;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
