package id.siapkerja.govsim.wlkp;

/**
 * A company as WLKP knows it from its employment report: the report code, the legal form,
 * the KBLI sector, the size by workforce, where it is and how to reach it.
 */
public record ReportedCompany(String code, String name, String legalForm, String kbli, String sector, String size,
		int employees, String regionCode, String address, String phone, String email) {
}
