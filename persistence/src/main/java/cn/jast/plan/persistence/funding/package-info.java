/** Storage of funding decisions and of each project's ring-fenced ledger (专款专用、单独核算, IV.3). */
package cn.jast.plan.persistence.funding;
