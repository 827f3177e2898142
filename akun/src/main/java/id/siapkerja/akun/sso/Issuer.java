package id.siapkerja.akun.sso;

import jakarta.servlet.http.HttpServletRequest;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * akun's issuer identifier: configured, or (when left empty) the base URL of the request.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Issuer {

	private final SsoProperties properties;

	public String of(HttpServletRequest request) {
		return of(this.properties, request);
	}

	static String of(SsoProperties properties, HttpServletRequest request) {
		return StringUtils.hasText(properties.getIssuer()) ? properties.getIssuer()
				: ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

}
