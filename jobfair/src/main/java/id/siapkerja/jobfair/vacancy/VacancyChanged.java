package id.siapkerja.jobfair.vacancy;

import java.util.UUID;

/** A company changed a vacancy: what it asks, what it offers, or whether it is open. */
public record VacancyChanged(UUID companyId, UUID vacancyId) {
}
