package id.siapkerja.jobfair.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A seeker applied ("Lanjutkan", J-S-e): published with the application's transaction, so
 * the company's team is told even when the listener runs later or again.
 */
public record ApplicationSubmitted(UUID applicationId, UUID fairId, UUID vacancyId, String vacancyTitle, UUID companyId,
		String sub, Instant submittedAt) {
}
