/**
 * Job seekers: their profile from akun, following and checking in to fairs, matching
 * vacancies.
 */
@ApplicationModule(allowedDependencies = { "akun", "fair", "member", "signin" })
@OwnsTables({ "seeker_profile", "fair_follower" })
package id.siapkerja.jobfair.seeker;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
