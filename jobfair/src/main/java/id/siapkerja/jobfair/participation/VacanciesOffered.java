package id.siapkerja.jobfair.participation;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;

/** A company added vacancies to what it offers in a fair. */
public record VacanciesOffered(FairId fairId, CompanyId companyId) {
}
