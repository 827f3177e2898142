package id.siapkerja.webkit.outbox;

/** The port to the SMS provider: hands over one text message or throws. */
public interface SmsGateway {

	void send(String to, String text) throws SmsNotSent;

	/** The gateway did not take the message; the outbox tries again later. */
	class SmsNotSent extends Exception {

		public SmsNotSent(String reason, Throwable cause) {
			super(reason, cause);
		}

	}

}
