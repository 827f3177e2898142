package id.siapkerja.jobfair.company;

/**
 * The port to WLKP, where companies report their workforce: a report code gives the
 * company's official data.
 */
public interface CompanyRegistry {

	Lookup find(String code);

	/** What WLKP answered. */
	sealed interface Lookup {

	}

	/** The company of the code, in WLKP's words. */
	record Found(String code, String name, String legalForm, String sector, String size, String regionCode,
			String address, String phone, String email) implements Lookup {
	}

	/** No company has this code. */
	record NotFound() implements Lookup {
	}

	/** WLKP did not answer in time or answered with an error: try again later. */
	record Unavailable() implements Lookup {
	}

}
