/**
 * Applications: matching vacancies for a seeker, applying, the company's review,
 * interviews, and FAQ.
 */
package id.siapkerja.jobfair.application;
