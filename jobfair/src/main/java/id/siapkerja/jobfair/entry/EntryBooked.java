package id.siapkerja.jobfair.entry;

import id.siapkerja.jobfair.fair.FairId;

/**
 * A seeker booked (or moved) an arrival session: the ticket is sent by e-mail. The code
 * itself is not in the event, which the registry keeps until it is handled; the listener
 * asks {@link EntrySessions#ticket} for it.
 */
public record EntryBooked(FairId fairId, String sub) {
}
