package id.siapkerja.jobfair.application;

import java.util.UUID;

import id.siapkerja.jobfair.fair.FairId;

/**
 * An application moved (sent, interview scheduled or changed, accepted, rejected,
 * withdrawn); {@code status} as the seeker's timeline names it.
 */
public record ApplicationChanged(UUID applicationId, FairId fairId, String sub, String status, String detail) {
}
