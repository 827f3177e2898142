/**
 * The people of Jobfair: a local record of each akun account that logged in, keyed by its
 * subject.
 */
@ApplicationModule(allowedDependencies = {})
@OwnsTables("member")
package id.siapkerja.jobfair.member;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
