package id.siapkerja.jobfair.company;

/** A company changed its profile (its name, its place, what it does). */
public record CompanyChanged(CompanyId companyId) {
}
