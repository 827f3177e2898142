package id.siapkerja.jobfair.company;

import java.util.UUID;

/** A company changed its profile (its name, its place, what it does). */
public record CompanyChanged(UUID companyId) {
}
