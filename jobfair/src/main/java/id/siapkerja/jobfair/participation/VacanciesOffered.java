package id.siapkerja.jobfair.participation;

import java.util.UUID;

/** A company added vacancies to what it offers in a fair. */
public record VacanciesOffered(UUID fairId, UUID companyId) {
}
