/** Vacancies: a company's openings, written in three steps and reused across fairs. */
@OwnsTables("vacancy")
package id.siapkerja.jobfair.vacancy;

import id.siapkerja.webkit.modules.OwnsTables;
