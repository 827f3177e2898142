package id.siapkerja.jobfair.participation;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;

/** A company asked to take part in a fair. */
public record ParticipationRequested(FairId fairId, CompanyId companyId) {
}
