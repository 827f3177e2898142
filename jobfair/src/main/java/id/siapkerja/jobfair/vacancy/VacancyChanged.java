package id.siapkerja.jobfair.vacancy;

import id.siapkerja.jobfair.company.CompanyId;

/** A company changed a vacancy: what it asks, what it offers, or whether it is open. */
public record VacancyChanged(CompanyId companyId, VacancyId vacancyId) {
}
