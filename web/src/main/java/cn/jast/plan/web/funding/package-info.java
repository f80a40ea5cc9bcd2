/** Application service for funding decisions and the ring-fenced project ledger. */
package cn.jast.plan.web.funding;
