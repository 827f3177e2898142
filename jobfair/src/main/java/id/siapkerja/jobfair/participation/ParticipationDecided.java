package id.siapkerja.jobfair.participation;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;

/** The organizer accepted or rejected a company's request to take part in a fair. */
public record ParticipationDecided(FairId fairId, CompanyId companyId, boolean accepted, String reason) {
}
