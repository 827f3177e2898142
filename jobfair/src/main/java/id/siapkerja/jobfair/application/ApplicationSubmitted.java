package id.siapkerja.jobfair.application;

import java.time.Instant;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.vacancy.VacancyId;

/**
 * A seeker applied ("Lanjutkan", J-S-e): published with the application's transaction, so
 * the company's team is told even when the listener runs later or again.
 */
public record ApplicationSubmitted(UUID applicationId, FairId fairId, VacancyId vacancyId, String vacancyTitle,
		CompanyId companyId, String sub, Instant submittedAt) {
}
