/** Companies: registration (with WLKP), profile, team and invitations. */
@ApplicationModule(allowedDependencies = { "member", "shared", "signin" })
@OwnsTables({ "company", "company_member" })
package id.siapkerja.jobfair.company;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
