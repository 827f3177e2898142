package id.siapkerja.jobfair.participation;

import java.util.UUID;

/** The organizer accepted or rejected a company's request to take part in a fair. */
public record ParticipationDecided(UUID fairId, UUID companyId, boolean accepted, String reason) {
}
