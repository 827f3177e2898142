package id.siapkerja.jobfair.participation;

import java.util.UUID;

/** A company asked to take part in a fair. */
public record ParticipationRequested(UUID fairId, UUID companyId) {
}
