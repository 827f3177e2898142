/** Vacancies: a company's openings, written in three steps and reused across fairs. */
package id.siapkerja.jobfair.vacancy;
