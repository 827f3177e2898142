/** Companies: registration (with WLKP), profile, team and invitations. */
@OwnsTables({ "company", "company_member" })
package id.siapkerja.jobfair.company;

import id.siapkerja.webkit.modules.OwnsTables;
