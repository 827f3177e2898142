/**
 * Logging in through akun (OpenID Connect), logging out everywhere, and akun's
 * back-channel logout.
 */
@OwnsTables("feed_cursor")
package id.siapkerja.jobfair.signin;

import id.siapkerja.webkit.modules.OwnsTables;
