package id.siapkerja.jobfair.fair;

import java.util.UUID;

/**
 * A fair moved to another state, by a person or the clock (published after the change, in
 * its transaction).
 */
public record FairChanged(FairId fairId, UUID organizerId, String title, FairStatus status, String reason) {
}
