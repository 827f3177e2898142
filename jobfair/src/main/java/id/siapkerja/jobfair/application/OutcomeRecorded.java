package id.siapkerja.jobfair.application;

import java.util.UUID;

import id.siapkerja.jobfair.fair.FairId;

/**
 * What became of an accepted applicant was recorded by the company or confirmed by the
 * seeker.
 */
public record OutcomeRecorded(UUID applicationId, FairId fairId) {
}
