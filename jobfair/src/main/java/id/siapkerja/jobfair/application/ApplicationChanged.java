package id.siapkerja.jobfair.application;

import java.util.UUID;

/**
 * An application moved (sent, interview scheduled or changed, accepted, rejected,
 * withdrawn); {@code status} as the seeker's timeline names it.
 */
public record ApplicationChanged(UUID applicationId, UUID fairId, String sub, String status, String detail) {
}
